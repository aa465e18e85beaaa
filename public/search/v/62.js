marrowSearch.addVocab("62",{"62":[1,2.64147,"X2_"]});
