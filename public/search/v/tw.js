marrowSearch.addVocab("tw",{"twenti":[1,2.08003,"XA_"],"twist":[1,2.53807,"Z9_"],"two":[18,2.70161,"8MFY9_9f1N4c3T1j3u1l1P5p2RLt2eGPYHd5P"]});
