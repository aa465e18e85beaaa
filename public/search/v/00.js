marrowSearch.addVocab("00",{"000":[1,4.62491,"I_"]});
