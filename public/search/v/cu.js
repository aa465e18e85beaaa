marrowSearch.addVocab("cu",{"cultur":[2,8.4218,"XP-YD_"],"current":[6,3.00271,"2nF_1x3T3l1w"],"curv":[1,6.24406,"YO_"],"cut":[4,7.0933,"XVPBN1IK_"]});
