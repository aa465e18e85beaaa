marrowSearch.addVocab("fu",{"full":[5,3.46127,"7G3MXL_4W3u"],"fuller":[1,4.65728,"X8_"],"fulli":[1,3.7833,"X0_"],"function":[1,2.74771,"aS_"],"fungi":[1,2.63873,"aP_"]});
