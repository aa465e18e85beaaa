marrowSearch.addVocab("5",{"5":[8,3.79713,"Jg2a8c1PENK_4j7S"]});
