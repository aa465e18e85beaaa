marrowSearch.addVocab("na",{"name":[4,3.09879,"XKgNb6_4X"],"narrow":[1,3.79914,"X0_"],"nation":[4,3.61713,"MS4p1QD_"],"nationwid":[8,3.1371,"EA4yCs4tFrQU2s6_"],"nawawi":[1,2.09864,"M_"]});
