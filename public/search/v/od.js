marrowSearch.addVocab("od",{"odd":[2,8.07748,"MCaI_"]});
