marrowSearch.addVocab("bo",{"bodi":[2,5.5019,"ZGy1_"],"bolus":[7,5.66962,"LEDf9M1XPU6I4_"],"bone":[33,3.09347,0],"bottl":[2,5.81704,"XPrYD_"],"bottom":[1,2.25966,"XQ_"],"bound":[1,6.12655,"Z1_"]});
