marrowSearch.addVocab("am",{"ambul":[1,2.66516,"a1_"],"american":[3,3.69071,"2LF_b1q"],"aminotransferas":[2,3.36744,"aI_3-"],"among":[7,3.25234,"IyOR4iGV1zK_YVV"]});
