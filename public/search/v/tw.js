marrowSearch.addVocab("tw",{"twenti":[1,2.07988,"XA_"],"twist":[1,2.53801,"Z9_"],"two":[18,2.70151,"8MFY9_9f1N4c3T1j3u1l1P5p2RLt2eGPYHd5P"]});
