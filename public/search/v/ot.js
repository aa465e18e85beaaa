marrowSearch.addVocab("ot",{"other":[2,4.49584,"XCtX2_"]});
