marrowSearch.addVocab("d",{"d":[1,2.35007,"aF_"]});
