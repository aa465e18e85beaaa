marrowSearch.addVocab("51",{"51":[1,4.64059,"I_"]});
