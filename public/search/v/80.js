marrowSearch.addVocab("80",{"80":[3,2.97439,"U_EaLW"]});
