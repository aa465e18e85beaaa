marrowSearch.addVocab("00",{"000":[1,4.64059,"I_"]});
