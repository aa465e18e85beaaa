marrowSearch.addVocab("fu",{"full":[3,3.54405,"7g3_XLs"],"fulli":[1,1.67461,"M_"],"function":[1,6.61808,"a9_"],"fungi":[1,6.48951,"a6_"]});
