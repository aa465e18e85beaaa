marrowSearch.addVocab("us",{"use":[45,2.70424,0],"usual":[7,4.4672,"3bPPXLr5y4v2sD_"]});
