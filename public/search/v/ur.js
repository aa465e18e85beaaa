marrowSearch.addVocab("ur",{"urea":[5,3.44831,"XRn1z2W7_ZAr"],"urgent":[1,2.56689,"ZP_"]});
