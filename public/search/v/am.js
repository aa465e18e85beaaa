marrowSearch.addVocab("am",{"ambul":[1,6.38064,"ZE_"],"american":[3,7.32553,"2OGTaD_"],"aminotransferas":[2,8.15491,"ZV_3-"],"among":[6,3.86524,"JjAeBvCPCTYV_"]});
