marrowSearch.addVocab("96",{"96":[2,3.72845,"VvXD_"]});
