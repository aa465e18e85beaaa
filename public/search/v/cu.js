marrowSearch.addVocab("cu",{"cultur":[5,4.80214,"XV_4c2j1eYJb"],"current":[7,3.1377,"2KE_1y4W4z1p1S"],"curv":[1,2.61282,"Z4_"],"cut":[4,4.02797,"Y9_Bo1QQk"]});
