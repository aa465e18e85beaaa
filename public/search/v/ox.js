marrowSearch.addVocab("ox",{"oxygen":[4,6.85251,"ZHhUl4l2_"]});
