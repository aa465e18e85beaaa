marrowSearch.addVocab("au",{"author":[7,3.73939,"Jf3p1Y4N5_Ec1i"],"auto":[3,4.29677,"Y1_2TZ2j"],"autom":[1,2.4905,"b5_"],"automat":[2,5.43194,"X2_Y8P"]});
