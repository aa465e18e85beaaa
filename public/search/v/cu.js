marrowSearch.addVocab("cu",{"cultur":[5,4.78336,"XU_4c2j1eYJb"],"current":[7,3.1215,"2KE_1y4W3z1o1S"],"curv":[1,2.60556,"Z3_"],"cut":[4,4.01012,"Y8_Bo1QQk"]});
