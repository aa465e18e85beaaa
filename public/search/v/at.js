marrowSearch.addVocab("at",{"attempt":[17,3.27595,"7B9i2i3y1X1P3X7vHX1eJ_3s1r3k6d1iXPM"]});
