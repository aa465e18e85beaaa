marrowSearch.addVocab("ep",{"epiphys":[1,2.54256,"Z3_"]});
