marrowSearch.addVocab("ml",{"ml":[5,4.69805,"X5i1iAcC_7d"]});
