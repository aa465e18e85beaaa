marrowSearch.addVocab("ef",{"effect":[12,3.28862,"2GC83m2d3MGv7a4_4j1OY0SMS"]});
