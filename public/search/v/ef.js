marrowSearch.addVocab("ef",{"effect":[7,4.17724,"2YGf4IDfVeX4_K-"]});
