marrowSearch.addVocab("ez",{"ez":[3,3.56084,"X1_2n7T"]});
