marrowSearch.addVocab("io",{"io":[62,1.91278,0],"ionis":[3,6.86463,"XJW1FYT_"]});
