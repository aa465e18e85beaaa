marrowSearch.addVocab("gi",{"give":[15,2.76749,"AoBL9P2Z2z1k8d1R1yFP5L4l2cYH_B-"],"given":[19,3.13418,"2T1aEd1b3HAl4r5k4LEL4c4y4c5l4-AvLzCxXH_"]});
