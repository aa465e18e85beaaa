marrowSearch.addVocab("5",{"5":[8,3.7861,"Jf2X8b1NEMK_4i7Q"]});
