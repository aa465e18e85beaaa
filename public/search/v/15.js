marrowSearch.addVocab("15",{"15":[4,4.75019,"X0d3_7LYGN"]});
