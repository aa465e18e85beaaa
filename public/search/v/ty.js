marrowSearch.addVocab("ty",{"type":[4,6.07913,"XLg7HBQXM_"]});
