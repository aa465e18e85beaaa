marrowSearch.addVocab("ea",{"earli":[7,2.81039,"H_1y2m4jErVz6b"],"easier":[1,4.54816,"8_"],"easili":[1,6.77517,"ZA_"]});
