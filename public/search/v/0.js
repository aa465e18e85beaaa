marrowSearch.addVocab("0",{"0":[3,3.72069,"M_2h1N"]});
