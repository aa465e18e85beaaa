marrowSearch.addVocab("73",{"73":[2,2.61909,"Y9_1o"]});
