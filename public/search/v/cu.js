marrowSearch.addVocab("cu",{"cultur":[2,7.96571,"XPzYD_"],"current":[6,2.93807,"2mF_1y3R3j1u"],"curv":[1,6.43456,"YO_"],"cut":[4,6.43825,"XVSBP1JK_"]});
