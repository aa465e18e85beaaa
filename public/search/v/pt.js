marrowSearch.addVocab("pt",{"pt":[3,5.04695,"Y2_4RZ6c"]});
