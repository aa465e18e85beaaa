marrowSearch.addVocab("at",{"attempt":[18,3.22188,"7B9i2i3y1X1T1Q3l7wHX1eJ_3s1r3k6d1hXPM"]});
