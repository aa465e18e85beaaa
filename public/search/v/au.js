marrowSearch.addVocab("au",{"author":[6,3.88514,"Jf3p4N5_Ec1i"],"auto":[3,4.27825,"Y0_2TZ2j"],"autom":[1,2.48287,"b4_"],"automat":[2,5.40807,"X1_Y8P"]});
