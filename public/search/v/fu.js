marrowSearch.addVocab("fu",{"full":[5,3.46113,"7G3MXL_4W3u"],"fuller":[1,4.6571,"X8_"],"fulli":[1,3.78312,"X0_"],"function":[1,2.74767,"aS_"],"fungi":[1,2.63868,"aP_"]});
