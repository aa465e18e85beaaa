marrowSearch.addVocab("aw",{"awak":[7,4.80912,"5YVeQZ3G5_4SXBp"],"away":[1,6.09482,"aB_"]});
