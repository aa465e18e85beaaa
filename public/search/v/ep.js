marrowSearch.addVocab("ep",{"epiphys":[1,2.53807,"Z3_"]});
