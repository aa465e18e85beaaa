marrowSearch.addVocab("15",{"15":[4,4.75003,"X0d3_7LYGN"]});
