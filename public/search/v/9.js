marrowSearch.addVocab("9",{"9":[5,4.40331,"X2j8L4Z3h5_"]});
