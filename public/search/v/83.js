marrowSearch.addVocab("83",{"83":[3,2.93591,"U_EfLW"]});
