marrowSearch.addVocab("to",{"toddler":[1,4.27618,"Y4_"],"togeth":[2,4.75897,"MaaD_"],"total":[3,7.69261,"XHSZ9-1_"]});
