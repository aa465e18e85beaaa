marrowSearch.addVocab("35",{"35":[3,1.9149,"Ls9_Ey"]});
