marrowSearch.addVocab("od",{"odd":[3,7.40706,"MF1_b4R"]});
