marrowSearch.addVocab("ot",{"other":[2,4.51573,"XDtX2_"]});
