marrowSearch.addVocab("47",{"47":[1,4.62472,"I_"]});
