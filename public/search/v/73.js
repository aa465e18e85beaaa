marrowSearch.addVocab("73",{"73":[2,2.63611,"YA_1o"]});
