marrowSearch.addVocab("ea",{"earli":[7,2.87222,"H_1x2n4lErVz6c"],"easier":[1,4.61438,"8_"],"easili":[1,6.52332,"ZA_"]});
