marrowSearch.addVocab("eu",{"european":[9,3.23749,"2IEv1sDoLgE_9a1SZ8k"]});
