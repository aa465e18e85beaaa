marrowSearch.addVocab("48",{"48":[1,2.06493,"X9_"]});
