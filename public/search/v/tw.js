marrowSearch.addVocab("tw",{"twist":[1,6.39437,"YR_"],"two":[8,5.37244,"8Y2WDJRW2FBSZ4_5g"]});
