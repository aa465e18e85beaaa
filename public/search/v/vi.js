marrowSearch.addVocab("vi",{"view":[1,2.50268,"S_"],"vision":[1,6.43456,"YV_"]});
