marrowSearch.addVocab("9",{"9":[5,4.39122,"X2j8M4Z3h5_"]});
