marrowSearch.addVocab("47",{"47":[1,4.64059,"I_"]});
