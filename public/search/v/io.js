marrowSearch.addVocab("io",{"io":[70,1.88238,0],"ionis":[3,3.57543,"XS_1ZZ6t"]});
