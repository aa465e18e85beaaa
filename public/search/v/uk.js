marrowSearch.addVocab("uk",{"uk":[2,4.58512,"E96_"]});
