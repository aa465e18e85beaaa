marrowSearch.addVocab("ul",{"ultrasound":[2,3.43806,"X5kXO_"]});
