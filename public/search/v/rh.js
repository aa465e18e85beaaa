marrowSearch.addVocab("rh",{"rh":[4,6.53703,"XLd7GBOXM_"],"rhesus":[1,5.77852,"ZT_"]});
