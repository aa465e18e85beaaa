marrowSearch.addVocab("80",{"80":[3,3.13278,"U_EaLW"]});
