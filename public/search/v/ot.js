marrowSearch.addVocab("ot",{"other":[2,4.51557,"XDtX2_"]});
