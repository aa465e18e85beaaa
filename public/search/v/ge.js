marrowSearch.addVocab("ge",{"general":[4,3.63043,"G_XBnSWXHX"],"german":[5,3.38908,"EB4_GwFuQW"],"get":[3,4.4718,"5IXCUX1_"]});
