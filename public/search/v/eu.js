marrowSearch.addVocab("eu",{"european":[9,3.21291,"2IEv1sCoLgE_9a1SZ8k"]});
