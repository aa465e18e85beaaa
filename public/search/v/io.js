marrowSearch.addVocab("io",{"io":[71,1.86893,0],"ionis":[3,3.60724,"XT_1ZZ6t"]});
