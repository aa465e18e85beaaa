marrowSearch.addVocab("3",{"3":[13,3.44593,"7T6tGZ1a6_8Y8K6M6f1I3f2x1W"]});
