marrowSearch.addVocab("am",{"ambul":[1,2.66908,"a1_"],"american":[3,3.70377,"2LF_b1q"],"aminotransferas":[2,3.3692,"aI_3-"],"among":[7,3.26264,"IyOQ4iGV1zK_YVV"]});
