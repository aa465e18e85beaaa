marrowSearch.addVocab("ki",{"kidney":[2,7.25646,"a9_Ji"],"kind":[1,4.35272,"E_"]});
