marrowSearch.addVocab("cu",{"cultur":[5,4.802,"XV_4c2j1eYJb"],"current":[7,3.13758,"2KE_1y4W4z1p1S"],"curv":[1,2.61277,"Z4_"],"cut":[4,4.02783,"Y9_Bo1QQk"]});
