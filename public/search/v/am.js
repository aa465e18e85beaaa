marrowSearch.addVocab("am",{"ambul":[1,2.66511,"a1_"],"american":[3,3.69055,"2LF_b1q"],"aminotransferas":[2,3.36742,"aI_3-"],"among":[7,3.25222,"IyOR4iGV1zK_YVV"]});
