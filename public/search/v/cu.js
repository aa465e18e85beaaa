marrowSearch.addVocab("cu",{"cultur":[5,4.81311,"XV_4c2j1dYJb"],"current":[7,3.14815,"2KE_1y4W4z1p1Q"],"curv":[1,2.61699,"Z4_"],"cut":[4,4.03942,"Y9_Bo1PQk"]});
