marrowSearch.addVocab("ef",{"effect":[12,3.30502,"2GC83m2e3MHv7a4_4j1OY0SMS"]});
