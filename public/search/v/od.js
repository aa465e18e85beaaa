marrowSearch.addVocab("od",{"odd":[3,7.40716,"MF1_b4R"]});
