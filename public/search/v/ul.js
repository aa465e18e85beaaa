marrowSearch.addVocab("ul",{"ultrasound":[2,3.4308,"X4kXO_"]});
