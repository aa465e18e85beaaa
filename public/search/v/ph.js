marrowSearch.addVocab("ph",{"ph":[7,3.22875,"XRm2v1V2_5zYLVFp"],"phosphatas":[1,3.74158,"aK_"],"physi":[1,2.53807,"Z3_"]});
