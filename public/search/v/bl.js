marrowSearch.addVocab("bl",{"block":[6,6.05648,"X3SVU8N1IJmP_"],"blockad":[1,6.32566,"ZQ_"],"blood":[58,2.10657,0],"bloodstream":[1,6.48951,"a6_"]});
