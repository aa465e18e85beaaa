marrowSearch.addVocab("mm",{"mm":[3,6.10902,"X0m3_7c"]});
