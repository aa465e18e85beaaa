marrowSearch.addVocab("ei",{"either":[2,3.81604,"UWK_"]});
