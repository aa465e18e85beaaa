marrowSearch.addVocab("fu",{"full":[5,3.44399,"7G3MXK_4W3u"],"fuller":[1,4.63553,"X7_"],"fulli":[1,3.76231,"V_"],"function":[1,2.74101,"aR_"],"fungi":[1,2.63157,"aO_"]});
