marrowSearch.addVocab("br",{"break":[1,6.52332,"ZA_"],"breakdown":[1,6.99241,"a5_"],"breath":[1,5.80889,"ZL_"],"bridg":[1,3.90418,"XA_"],"brittl":[1,6.82873,"ZB_"],"broad":[1,2.67093,"S_"]});
