marrowSearch.addVocab("od",{"odd":[3,7.41529,"MF1_b4R"]});
