marrowSearch.addVocab("uk",{"uk":[2,4.59867,"EA6_"]});
