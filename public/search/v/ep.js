marrowSearch.addVocab("ep",{"epiphys":[1,2.53053,"Z2_"]});
