marrowSearch.addVocab("ep",{"epiphys":[1,2.53801,"Z3_"]});
