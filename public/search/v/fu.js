marrowSearch.addVocab("fu",{"full":[5,3.47268,"7G3MXL_4W3s"],"fuller":[1,4.67293,"X8_"],"fulli":[1,3.79914,"X0_"],"function":[1,2.75122,"aS_"],"fungi":[1,2.64277,"aP_"]});
