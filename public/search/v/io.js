marrowSearch.addVocab("io",{"io":[63,1.98812,0],"ionis":[3,7.58027,"XJS1FYT_"]});
