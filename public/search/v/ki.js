marrowSearch.addVocab("ki",{"kidney":[2,2.98884,"aR_Jg"],"kind":[4,2.06332,"Ac4V9_Py"],"kink":[1,2.29502,"XF_"]});
