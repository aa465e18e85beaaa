marrowSearch.addVocab("mm",{"mm":[3,6.12178,"X0m3_7r"]});
