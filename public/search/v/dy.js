marrowSearch.addVocab("dy",{"dysfunct":[1,2.37916,"a3_"]});
