marrowSearch.addVocab("io",{"io":[71,1.86737,0],"ionis":[3,3.59397,"XT_1ZZ6t"]});
