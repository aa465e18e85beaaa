marrowSearch.addVocab("ge",{"general":[4,3.64251,"G_XBnSWXHX"],"german":[5,3.40057,"EB4_GwFuQW"],"get":[3,4.48363,"5IXCUX1_"]});
