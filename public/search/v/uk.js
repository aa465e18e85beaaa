marrowSearch.addVocab("uk",{"uk":[2,4.56545,"E96_"]});
