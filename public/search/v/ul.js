marrowSearch.addVocab("ul",{"ultrasound":[2,7.89265,"X1TXH_"]});
