marrowSearch.addVocab("3",{"3":[14,3.86178,"Ua4b3P4W1H3_3X1aIL3M4e1K2bXDK"]});
