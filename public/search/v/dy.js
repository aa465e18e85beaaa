marrowSearch.addVocab("dy",{"dysfunct":[1,2.38432,"a3_"]});
