marrowSearch.addVocab("ox",{"oxygen":[4,6.86364,"ZHiUm4l2_"]});
