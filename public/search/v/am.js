marrowSearch.addVocab("am",{"ambul":[1,6.57466,"ZE_"],"american":[3,6.60059,"2PGVaD_"],"aminotransferas":[2,7.43028,"ZV_3-"],"among":[6,4.11687,"JfAbBqCMCRYV_"]});
