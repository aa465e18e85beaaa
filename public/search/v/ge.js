marrowSearch.addVocab("ge",{"general":[4,3.63028,"G_XBnSWXHX"],"german":[5,3.38895,"EB4_GwFuQW"],"get":[3,4.47166,"5IXCUX1_"]});
