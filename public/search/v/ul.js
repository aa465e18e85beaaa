marrowSearch.addVocab("ul",{"ultrasound":[2,3.43651,"X5kXO_"]});
