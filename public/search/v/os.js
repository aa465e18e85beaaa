marrowSearch.addVocab("os",{"osteogenesi":[3,7.06507,"NJ2CYH_"],"osteomyel":[2,7.967,"X8ZXS_"],"osteopetrosi":[3,7.13696,"NJ2CYI_"]});
