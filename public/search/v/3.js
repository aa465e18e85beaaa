marrowSearch.addVocab("3",{"3":[13,3.42381,"7S6tGZ1Z6_8c8K6M6f1I3f2x1W"]});
