marrowSearch.addVocab("91",{"91":[2,2.34799,"MoB_"]});
