marrowSearch.addVocab("ge",{"general":[4,3.61247,"G_XAnSWXHX"],"german":[5,3.37183,"EA4_FwFuQW"],"get":[3,4.45333,"5IXBTX1_"]});
