marrowSearch.addVocab("15",{"15":[4,4.72909,"Vd3_7LYGN"]});
