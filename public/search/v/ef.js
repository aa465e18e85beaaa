marrowSearch.addVocab("ef",{"effect":[12,3.31448,"2GC83m2e3MHv7a4_4j1NY0SMS"]});
