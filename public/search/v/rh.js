marrowSearch.addVocab("rh",{"rh":[2,4.2072,"XU_YHo"],"rhesus":[1,2.35007,"aF_"]});
