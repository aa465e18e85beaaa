marrowSearch.addVocab("3",{"3":[14,3.85413,"Ua4b3O4W1I3_3X1aIL3N4e1K2bXDK"]});
