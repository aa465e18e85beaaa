marrowSearch.addVocab("ml",{"ml":[5,4.68659,"X5i1iAbC_7d"]});
