marrowSearch.addVocab("br",{"break":[1,6.77517,"ZA_"],"breakdown":[1,7.10423,"a5_"],"breath":[1,5.91423,"ZL_"],"bridg":[1,3.84746,"XA_"],"brittl":[1,6.91239,"ZB_"],"broad":[1,2.50268,"S_"]});
