marrowSearch.addVocab("tw",{"twenti":[1,2.00452,"XA_"],"twist":[1,2.54256,"Z9_"],"two":[18,2.70995,"8MFY9_9f1N4c3T1k3u1l1O5p2RLt2eGPYHd5P"]});
