marrowSearch.addVocab("5",{"5":[8,3.75439,"Jf2X8b1NEPK_4i7Q"]});
