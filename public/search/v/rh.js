marrowSearch.addVocab("rh",{"rh":[2,4.24113,"XV_YHo"],"rhesus":[1,2.36331,"aG_"]});
