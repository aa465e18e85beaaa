marrowSearch.addVocab("id",{"idea":[1,1.46969,"2_"],"ideal":[1,2.6983,"O_"],"identifi":[1,2.64277,"aP_"]});
