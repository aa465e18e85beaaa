marrowSearch.addVocab("cu",{"cultur":[2,7.95279,"XPzYD_"],"current":[6,2.90816,"2lF_1y3S3k1v"],"curv":[1,6.40654,"YO_"],"cut":[4,6.42363,"XVSBO1JK_"]});
