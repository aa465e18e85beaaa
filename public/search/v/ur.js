marrowSearch.addVocab("ur",{"urea":[5,3.43687,"XRn1z2W7_ZAr"],"urgent":[1,2.5625,"ZP_"]});
