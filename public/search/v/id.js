marrowSearch.addVocab("id",{"idea":[1,1.46339,"2_"],"ideal":[1,2.68427,"O_"],"identifi":[1,2.63873,"aP_"]});
