marrowSearch.addVocab("ki",{"kidney":[2,2.99723,"aS_Jg"],"kind":[4,2.08864,"Ac4VA_Py"],"kink":[1,2.32416,"XG_"]});
