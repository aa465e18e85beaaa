marrowSearch.addVocab("ph",{"ph":[7,3.22862,"XRm2v1V2_5zYLVFp"],"phosphatas":[1,3.74155,"aK_"],"physi":[1,2.53801,"Z3_"]});
