marrowSearch.addVocab("vi",{"view":[1,2.46572,"S_"],"vision":[1,6.40654,"YV_"]});
