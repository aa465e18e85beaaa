marrowSearch.addVocab("bl",{"block":[6,6.0684,"X3TVU8N1IJmP_"],"blockad":[1,6.35469,"ZQ_"],"blood":[60,2.04581,0],"bloodstream":[1,6.51646,"a6_"]});
