marrowSearch.addVocab("kn",{"knee":[3,5.42261,"SpXO_9_"],"know":[4,4.17689,"4t1lXK_Fd"],"known":[3,3.06553,"PUX6_2X"]});
