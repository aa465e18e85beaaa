marrowSearch.addVocab("0",{"0":[3,3.04677,"M_2q1S"]});
