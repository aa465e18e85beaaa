marrowSearch.addVocab("ir",{"irrit":[4,3.02961,"X3_4-4sTx"]});
