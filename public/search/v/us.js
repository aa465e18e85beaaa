marrowSearch.addVocab("us",{"use":[45,2.55085,0],"usual":[7,4.49892,"3aPNXLs5x4w2uD_"]});
