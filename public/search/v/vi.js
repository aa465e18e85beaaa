marrowSearch.addVocab("vi",{"view":[1,3.24383,"U_"],"vision":[1,2.60556,"ZE_"]});
