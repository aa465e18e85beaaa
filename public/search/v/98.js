marrowSearch.addVocab("98",{"98":[3,2.36328,"D_HmX3e"]});
