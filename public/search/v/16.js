marrowSearch.addVocab("16",{"161":[4,3.21286,"Dh6xArX7_"]});
