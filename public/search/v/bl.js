marrowSearch.addVocab("bl",{"block":[6,6.42381,"X3SVR8N1IJjP_"],"blockad":[1,6.17795,"ZQ_"],"blood":[60,2.13244,0],"bloodstream":[1,6.31161,"a6_"]});
