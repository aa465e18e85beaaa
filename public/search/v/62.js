marrowSearch.addVocab("62",{"62":[1,2.64164,"X2_"]});
