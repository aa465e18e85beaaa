marrowSearch.addVocab("13",{"13":[1,2.06493,"X9_"]});
