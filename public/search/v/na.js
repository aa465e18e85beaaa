marrowSearch.addVocab("na",{"name":[4,3.08632,"XKgNb6_4Y"],"narrow":[1,3.78312,"X0_"],"nation":[4,3.60487,"MS4p1SD_"],"nationwid":[8,3.12708,"EA4yCs4tFrQU2s6_"],"nawawi":[1,2.08641,"M_"]});
