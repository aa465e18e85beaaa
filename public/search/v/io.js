marrowSearch.addVocab("io",{"io":[63,1.88663,0],"ionis":[3,6.88025,"XJW1GYT_"]});
