marrowSearch.addVocab("ki",{"kidney":[2,2.99491,"aS_Jg"],"kind":[4,2.07778,"Ac4VA_Py"],"kink":[1,2.31126,"XG_"]});
