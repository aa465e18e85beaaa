marrowSearch.addVocab("od",{"odd":[2,3.4697,"MYb4_"]});
