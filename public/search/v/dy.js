marrowSearch.addVocab("dy",{"dysfunct":[1,5.88026,"ZG_"]});
