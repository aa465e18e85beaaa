marrowSearch.addVocab("47",{"47":[1,4.62491,"I_"]});
