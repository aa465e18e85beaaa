marrowSearch.addVocab("rh",{"rh":[2,4.22719,"XV_YHo"],"rhesus":[1,2.35814,"aG_"]});
