marrowSearch.addVocab("98",{"98":[3,2.46642,"D_HnX3f"]});
