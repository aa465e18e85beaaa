marrowSearch.addVocab("tw",{"twenti":[1,2.06493,"X9_"],"twist":[1,2.53053,"Z8_"],"two":[17,2.75038,"8MN_9f1N4c3T1j3u1l1P5p2RLt2eGPYHe5R"]});
