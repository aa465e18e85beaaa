marrowSearch.addVocab("70",{"70":[3,2.36328,"D_9z3b"]});
