marrowSearch.addVocab("rh",{"rh":[4,7.02929,"XLZ7GBNXM_"],"rhesus":[1,5.5864,"ZT_"]});
