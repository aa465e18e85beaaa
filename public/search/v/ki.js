marrowSearch.addVocab("ki",{"kidney":[2,2.99488,"aS_Jg"],"kind":[4,2.07765,"Ac4VA_Py"],"kink":[1,2.31111,"XG_"]});
