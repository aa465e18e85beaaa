marrowSearch.addVocab("fu",{"full":[3,3.6486,"7i3_XLr"],"fulli":[1,1.76564,"M_"],"function":[1,6.59708,"a9_"],"fungi":[1,6.31161,"a6_"]});
