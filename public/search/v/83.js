marrowSearch.addVocab("83",{"83":[3,3.13278,"U_EaLW"]});
