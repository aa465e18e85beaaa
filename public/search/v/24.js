marrowSearch.addVocab("24",{"24":[2,3.72845,"VvXD_"]});
