marrowSearch.addVocab("ul",{"ultrasound":[2,3.43653,"X5kXO_"]});
