marrowSearch.addVocab("ki",{"kidney":[2,7.23959,"a9_Ji"],"kind":[1,4.30193,"E_"]});
