marrowSearch.addVocab("ea",{"earli":[9,3.00057,"EA2z1w2m6nTTDwA_7S"],"earlier":[1,2.63443,"XJ_"],"easier":[1,1.93591,"8_"],"easili":[3,2.33572,"NxZ4y2_"]});
