marrowSearch.addVocab("dy",{"dysfunct":[1,2.37923,"a3_"]});
