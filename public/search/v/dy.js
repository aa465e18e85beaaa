marrowSearch.addVocab("dy",{"dysfunct":[1,5.64041,"ZG_"]});
