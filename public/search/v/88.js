marrowSearch.addVocab("88",{"88":[3,3.51489,"Sd2YX6_"]});
