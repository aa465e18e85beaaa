marrowSearch.addVocab("at",{"attempt":[18,3.2148,"7B9i2i3x1X1T1P3X7vHX1eJ_3s1r3k6d1iXPM"]});
