marrowSearch.addVocab("os",{"osteogenesi":[2,3.43674,"OiZ4_"],"osteomyel":[3,4.28255,"XH_X4QX0m"],"osteopetrosi":[2,3.47657,"OiZ5_"],"osteoporosi":[2,3.47657,"OiZ6_"]});
