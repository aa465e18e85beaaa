marrowSearch.addVocab("vs",{"vs":[6,4.32985,"D_9H3H5aMiDI"]});
