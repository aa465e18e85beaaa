marrowSearch.addVocab("ea",{"earli":[9,3.02555,"EA2z1w2m7nTRDwA_7R"],"earlier":[1,2.66611,"XK_"],"easier":[1,1.95075,"8_"],"easili":[3,2.34394,"OyZ4y2_"]});
