marrowSearch.addVocab("73",{"73":[2,2.64939,"YA_1o"]});
