marrowSearch.addVocab("88",{"88":[3,3.39786,"Sc2XX6_"]});
