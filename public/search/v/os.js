marrowSearch.addVocab("os",{"osteogenesi":[2,3.42996,"NiZ4_"],"osteomyel":[2,4.60115,"XG_Y4m"],"osteopetrosi":[2,3.47032,"NhZ5_"],"osteoporosi":[2,3.47032,"NhZ6_"]});
