marrowSearch.addVocab("ea",{"earli":[9,3.01588,"EA2z1w2m7nTTDwA_7S"],"earlier":[1,2.652,"XK_"],"easier":[1,1.94452,"8_"],"easili":[3,2.3414,"OyZ4y2_"]});
