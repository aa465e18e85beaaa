marrowSearch.addVocab("br",{"break":[1,6.75185,"ZA_"],"breakdown":[1,7.08605,"a5_"],"breath":[1,5.88024,"ZL_"],"bridg":[1,3.80424,"XA_"],"brittl":[1,6.89114,"ZB_"],"broad":[1,2.46572,"S_"]});
