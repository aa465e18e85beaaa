marrowSearch.addVocab("vi",{"view":[1,3.26347,"V_"],"vision":[1,2.61277,"ZF_"]});
