marrowSearch.addVocab("rh",{"rh":[4,6.55359,"XLd7GBOXM_"],"rhesus":[1,5.81349,"ZT_"]});
