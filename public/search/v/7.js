marrowSearch.addVocab("7",{"7":[8,2.97503,"I_3W1S1g4SBd8k2q"]});
