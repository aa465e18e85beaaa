marrowSearch.addVocab("os",{"osteogenesi":[3,7.67736,"NJ2CYH_"],"osteomyel":[2,8.55686,"X8YXS_"],"osteopetrosi":[3,7.77696,"NI2CYI_"]});
