marrowSearch.addVocab("ph",{"ph":[7,3.21252,"XQm2v1V2_5zYLVFp"],"phosphatas":[1,3.73532,"aJ_"],"physi":[1,2.53053,"Z2_"]});
