marrowSearch.addVocab("30",{"30":[2,3.39776,"M_3S"]});
