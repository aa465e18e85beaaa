marrowSearch.addVocab("vs",{"vs":[6,4.36305,"D_9G3H5aMjDI"]});
