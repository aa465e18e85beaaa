marrowSearch.addVocab("7",{"7":[7,2.61897,"Dm6_2W1m3T5bEZ"]});
