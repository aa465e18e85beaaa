marrowSearch.addVocab("ez",{"ez":[2,3.84484,"X1_2n"]});
