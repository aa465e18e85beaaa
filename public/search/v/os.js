marrowSearch.addVocab("os",{"osteogenesi":[2,3.43543,"OiZ4_"],"osteomyel":[2,4.62445,"XH_Y4m"],"osteopetrosi":[2,3.47554,"OiZ5_"],"osteoporosi":[2,3.47554,"OiZ6_"]});
