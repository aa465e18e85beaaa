marrowSearch.addVocab("ph",{"ph":[7,3.23908,"XRm2v1V2_5zYLVFp"],"phosphatas":[1,3.74369,"aK_"],"physi":[1,2.54256,"Z3_"]});
