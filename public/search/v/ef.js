marrowSearch.addVocab("ef",{"effect":[12,3.3049,"2GC83m2e3MHv7a4_4j1OY0SMS"]});
