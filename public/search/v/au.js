marrowSearch.addVocab("au",{"author":[4,2.9943,"Kq2-3RE_"],"auto":[4,6.31832,"XNc3H2SYM_"],"autom":[1,6.20809,"aI_"],"automat":[4,4.65959,"UmDZ1dXG_"]});
