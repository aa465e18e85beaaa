marrowSearch.addVocab("ul",{"ultrasound":[2,7.90665,"X1QXH_"]});
