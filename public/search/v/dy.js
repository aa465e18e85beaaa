marrowSearch.addVocab("dy",{"dysfunct":[1,2.37121,"a2_"]});
