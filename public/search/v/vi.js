marrowSearch.addVocab("vi",{"view":[1,3.26365,"V_"],"vision":[1,2.61282,"ZF_"]});
