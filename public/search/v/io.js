marrowSearch.addVocab("io",{"io":[71,1.86739,0],"ionis":[3,3.59413,"XT_1ZZ6t"]});
