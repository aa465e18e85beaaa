marrowSearch.addVocab("au",{"author":[7,3.73952,"Jf3p1Y4N5_Ec1i"],"auto":[3,4.29692,"Y1_2TZ2j"],"autom":[1,2.49056,"b5_"],"automat":[2,5.43214,"X2_Y8P"]});
