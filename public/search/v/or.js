marrowSearch.addVocab("or",{"order":[5,4.92557,"7RX7dCLDVZ7_"],"organ":[2,5.46898,"YE_X2y"],"organis":[3,7.41358,"aU_1g1h"],"orient":[1,2.87514,"D_"]});
