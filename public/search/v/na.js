marrowSearch.addVocab("na",{"name":[4,3.08647,"XKgNb6_4Y"],"narrow":[1,3.7833,"X0_"],"nation":[4,3.60501,"MS4p1SD_"],"nationwid":[8,3.1272,"EA4yCs4tFrQU2s6_"],"nawawi":[1,2.08655,"M_"]});
