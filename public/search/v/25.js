marrowSearch.addVocab("25",{"25":[3,4.62992,"X0_3v7n"]});
