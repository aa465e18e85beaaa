marrowSearch.addVocab("sl",{"sleep":[1,7.2042,"ZK_"],"slight":[2,5.42575,"XJ_1k"],"slow":[1,3.81876,"X2_"]});
