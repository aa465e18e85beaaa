marrowSearch.addVocab("od",{"odd":[2,8.42586,"MCaI_"]});
