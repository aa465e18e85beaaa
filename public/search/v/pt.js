marrowSearch.addVocab("pt",{"pt":[3,5.02964,"Y1_4RZ6d"]});
