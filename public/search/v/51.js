marrowSearch.addVocab("51",{"51":[1,4.62491,"I_"]});
