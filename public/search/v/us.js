marrowSearch.addVocab("us",{"use":[45,2.55281,0],"usual":[7,4.51391,"3aPNXLs5x4w2uD_"]});
