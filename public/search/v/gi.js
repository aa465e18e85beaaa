marrowSearch.addVocab("gi",{"give":[15,2.78679,"AoBL9P2X2i1k8Z1O1yFQ5L4l2cYH_B-"],"given":[19,3.14462,"2U1aEd1b3H1F9l4r5kIL4c4y4c5l4-AvLzCxXH_"]});
