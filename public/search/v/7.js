marrowSearch.addVocab("7",{"7":[8,2.98511,"I_3W1S1g4QBd8k2q"]});
