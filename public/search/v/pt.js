marrowSearch.addVocab("pt",{"pt":[3,5.04683,"Y2_4RZ6c"]});
