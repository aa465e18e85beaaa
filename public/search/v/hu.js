marrowSearch.addVocab("hu",{"hurt":[4,2.63296,"XBx1fLa9_"]});
