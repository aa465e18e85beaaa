marrowSearch.addVocab("51",{"51":[1,4.62472,"I_"]});
