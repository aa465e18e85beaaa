marrowSearch.addVocab("00",{"000":[1,4.62472,"I_"]});
