marrowSearch.addVocab("au",{"author":[4,3.04668,"Ks2_3TE_"],"auto":[4,6.98293,"XNX3H2RYM_"],"autom":[1,5.92691,"aI_"],"automat":[4,4.468,"UqDZ1eXG_"]});
