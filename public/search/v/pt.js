marrowSearch.addVocab("pt",{"pt":[3,5.05698,"Y2_4QZ6c"]});
