marrowSearch.addVocab("or",{"order":[5,4.7961,"7UX7fCNDWZ7_"],"organ":[2,5.34506,"YE_X2x"],"organis":[3,7.85337,"aU_1b1c"],"orient":[1,3.00061,"D_"]});
