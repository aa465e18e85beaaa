marrowSearch.addVocab("ur",{"urea":[5,3.4196,"XQn1z2W7_ZAs"],"urgent":[1,2.55505,"ZO_"]});
