marrowSearch.addVocab("dy",{"dysfunct":[1,5.84594,"ZG_"]});
