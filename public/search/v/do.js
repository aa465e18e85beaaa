marrowSearch.addVocab("do",{"doctor":[2,1.98455,"4vXI_"],"done":[2,3.54896,"XJgT_"],"donor":[1,2.6581,"aS_"],"doppler":[2,3.36153,"X4lXO_"],"dose":[7,5.34098,"3EB63ZL_7eUcEM"]});
