marrowSearch.addVocab("25",{"25":[3,4.59441,"V_3v7d"]});
