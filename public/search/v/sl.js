marrowSearch.addVocab("sl",{"sleep":[1,7.07723,"ZK_"],"slight":[2,5.2301,"XJ_1o"],"slow":[1,3.87823,"X2_"]});
