marrowSearch.addVocab("3",{"3":[14,3.83821,"Ta4b3O4W1I3_3X1aIL3N4e1K2aXDK"]});
