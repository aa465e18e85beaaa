marrowSearch.addVocab("16",{"161":[4,3.17957,"Dh6xArX7_"]});
