marrowSearch.addVocab("rh",{"rh":[2,4.22702,"XV_YHo"],"rhesus":[1,2.35808,"aG_"]});
