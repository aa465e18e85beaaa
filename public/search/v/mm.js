marrowSearch.addVocab("mm",{"mm":[3,6.10917,"X0m3_7c"]});
