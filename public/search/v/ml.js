marrowSearch.addVocab("ml",{"ml":[5,4.66774,"X4i1iAbC_7d"]});
