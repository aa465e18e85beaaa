marrowSearch.addVocab("fu",{"full":[3,3.57946,"7g3_XLs"],"fulli":[1,1.61724,"M_"],"function":[1,6.6433,"a9_"],"fungi":[1,6.51646,"a6_"]});
