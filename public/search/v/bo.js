marrowSearch.addVocab("bo",{"bodi":[2,5.47395,"ZGy1_"],"bolus":[7,5.65932,"LEDp9P1SPU6I4_"],"bone":[33,3.08724,0],"bottl":[2,5.79298,"XPrYD_"],"bottom":[1,2.22485,"XQ_"],"bound":[1,6.09482,"Z1_"]});
