marrowSearch.addVocab("83",{"83":[3,2.97439,"U_EaLW"]});
