marrowSearch.addVocab("uk",{"uk":[2,4.58528,"E96_"]});
