marrowSearch.addVocab("os",{"osteogenesi":[2,3.43544,"OiZ4_"],"osteomyel":[2,4.62465,"XH_Y4m"],"osteopetrosi":[2,3.47555,"OiZ5_"],"osteoporosi":[2,3.47555,"OiZ6_"]});
