marrowSearch.addVocab("dr",{"drain":[1,3.9514,"3_"],"draw":[2,2.55936,"X0_Sn"],"drawn":[5,4.45402,"8lXAi8N2NYF_"],"drive":[2,5.43645,"UNXU_"],"driven":[1,6.39437,"YR_"],"drug":[25,3.55582,0]});
