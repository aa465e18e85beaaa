marrowSearch.addVocab("vs",{"vs":[3,4.11287,"MRCYS_"]});
