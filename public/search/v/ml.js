marrowSearch.addVocab("ml",{"ml":[5,4.68672,"X5i1iAbC_7d"]});
