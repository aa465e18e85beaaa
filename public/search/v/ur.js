marrowSearch.addVocab("ur",{"urea":[5,3.43673,"XRn1z2W7_ZAr"],"urgent":[1,2.56245,"ZP_"]});
