marrowSearch.addVocab("ul",{"ultrasound":[2,8.33198,"X1QXH_"]});
