marrowSearch.addVocab("98",{"98":[3,2.33068,"D_HmX3e"]});
