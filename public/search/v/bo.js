marrowSearch.addVocab("bo",{"bodi":[2,5.51486,"ZGw1_"],"bolus":[7,6.22149,"LDDc9L1VPS6I4_"],"bone":[33,3.21863,0],"bottl":[2,5.63418,"XPsYD_"],"bottom":[1,2.42654,"XQ_"],"bound":[1,5.98773,"Z1_"]});
