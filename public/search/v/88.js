marrowSearch.addVocab("88",{"88":[3,3.43343,"Sc2XX6_"]});
