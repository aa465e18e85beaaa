marrowSearch.addVocab("80",{"80":[3,2.93591,"U_EfLW"]});
