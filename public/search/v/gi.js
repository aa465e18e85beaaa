marrowSearch.addVocab("gi",{"give":[15,2.71519,"AqBO9S2a2k1m8c1Q1yFS5N4o2eYHzB_"],"given":[19,3.66165,"2R1VEY1W3G1E9f4l5eIJ4X4_4X5g4rAmLpCnXHs"]});
