marrowSearch.addVocab("lu",{"lung":[1,2.55505,"ZJ_"]});
