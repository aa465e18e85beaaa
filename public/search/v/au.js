marrowSearch.addVocab("au",{"author":[4,2.98175,"Kr2y3RE_"],"auto":[4,6.33468,"XNc3H2SYM_"],"autom":[1,6.23854,"aI_"],"automat":[4,4.68431,"UmDV1aXG_"]});
