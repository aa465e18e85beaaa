marrowSearch.addVocab("am",{"ambul":[1,2.6581,"a0_"],"american":[3,3.67195,"2LF_b0q"],"aminotransferas":[2,3.36153,"aH_3-"],"among":[7,3.23611,"IyNR4iGV1zK_YVV"]});
