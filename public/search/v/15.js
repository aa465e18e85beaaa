marrowSearch.addVocab("15",{"15":[4,4.76375,"X0d3_7ZYGN"]});
