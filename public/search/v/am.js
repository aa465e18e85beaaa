marrowSearch.addVocab("am",{"ambul":[1,6.60047,"ZE_"],"american":[3,6.62047,"2PGWaD_"],"aminotransferas":[2,7.44767,"ZV_3-"],"among":[6,4.13989,"JfAbBqCMCRYV_"]});
