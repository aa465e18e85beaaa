marrowSearch.addVocab("hu",{"hurt":[4,2.51515,"XBx1eLZ9_"]});
