marrowSearch.addVocab("tw",{"twist":[1,6.36584,"YR_"],"two":[8,5.35705,"8Y2WDJRW2FBRZ4_5g"]});
