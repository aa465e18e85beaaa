marrowSearch.addVocab("dr",{"drain":[1,3.93048,"3_"],"draw":[2,2.70639,"X0_Sn"],"drawn":[5,4.3531,"8nXAj8Q2PYF_"],"drive":[2,5.18541,"UPXU_"],"driven":[1,6.04982,"YR_"],"drug":[25,3.75737,0]});
