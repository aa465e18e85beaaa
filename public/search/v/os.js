marrowSearch.addVocab("os",{"osteogenesi":[3,7.05271,"NJ2CYH_"],"osteomyel":[2,7.95916,"X8ZXS_"],"osteopetrosi":[3,7.12592,"NI2CYI_"]});
