marrowSearch.addVocab("or",{"order":[5,4.90861,"7RX7dCLDUZ7_"],"organ":[2,5.44066,"YE_X2y"],"organis":[3,7.4079,"aU_1g1h"],"orient":[1,2.83548,"D_"]});
