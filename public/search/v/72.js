marrowSearch.addVocab("72",{"72":[4,3.31337,"DiTv2WN_"]});
