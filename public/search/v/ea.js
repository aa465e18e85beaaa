marrowSearch.addVocab("ea",{"earli":[7,2.78179,"H_1y2m4kErVz6b"],"easier":[1,4.5055,"8_"],"easili":[1,6.75185,"ZA_"]});
