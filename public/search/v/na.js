marrowSearch.addVocab("na",{"name":[4,3.06902,"XJgNb6_4Y"],"narrow":[1,3.76231,"V_"],"nation":[4,3.58706,"MS3p1SD_"],"nationwid":[8,3.1114,"EA4yBs4tFrQU2s6_"],"nawawi":[1,2.07142,"M_"]});
