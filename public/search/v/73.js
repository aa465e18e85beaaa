marrowSearch.addVocab("73",{"73":[2,2.63627,"YA_1o"]});
