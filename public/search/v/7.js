marrowSearch.addVocab("7",{"7":[7,3.0779,"I_3W1S4SBd8k2q"]});
