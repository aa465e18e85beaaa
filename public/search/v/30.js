marrowSearch.addVocab("30",{"30":[3,3.855,"M_2h1f"]});
