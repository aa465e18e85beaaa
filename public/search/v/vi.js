marrowSearch.addVocab("vi",{"view":[1,3.27891,"V_"],"vision":[1,2.61699,"ZF_"]});
