marrowSearch.addVocab("60",{"60":[5,2.33193,"Ed6_2X3X5g"]});
