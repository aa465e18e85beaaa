marrowSearch.addVocab("do",{"doctor":[2,1.999,"4vXJ_"],"done":[2,3.56848,"XKgT_"],"donor":[1,2.66516,"aT_"],"doppler":[2,3.36744,"X5lXO_"],"dose":[7,5.35737,"3EB63ZM_7eUcEM"]});
