marrowSearch.addVocab("ea",{"earli":[9,3.016,"EA2z1w2m7nTTDwA_7S"],"earlier":[1,2.65217,"XK_"],"easier":[1,1.94459,"8_"],"easili":[3,2.34143,"OyZ4y2_"]});
