marrowSearch.addVocab("25",{"25":[3,4.61566,"X0_3v7d"]});
