marrowSearch.addVocab("id",{"idea":[1,1.46332,"2_"],"ideal":[1,2.6841,"O_"],"identifi":[1,2.63868,"aP_"]});
