marrowSearch.addVocab("vi",{"view":[1,2.67093,"S_"],"vision":[1,6.24406,"YV_"]});
