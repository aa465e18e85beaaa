marrowSearch.addVocab("d",{"d":[1,2.35808,"aG_"]});
