marrowSearch.addVocab("ty",{"type":[4,6.0992,"XLg7IBQXM_"]});
