marrowSearch.addVocab("vs",{"vs":[6,4.46544,"D_9H3I5bMjDJ"]});
