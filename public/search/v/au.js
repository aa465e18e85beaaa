marrowSearch.addVocab("au",{"author":[7,3.75108,"Jg3p1Y4M5_Ec1i"],"auto":[3,4.30914,"Y1_2TZ2j"],"autom":[1,2.49524,"b5_"],"automat":[2,5.44854,"X2_Y8P"]});
