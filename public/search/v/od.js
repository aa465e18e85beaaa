marrowSearch.addVocab("od",{"odd":[2,8.09275,"MBaI_"]});
