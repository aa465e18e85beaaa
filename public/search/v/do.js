marrowSearch.addVocab("do",{"doctor":[2,1.99887,"4vXJ_"],"done":[2,3.56831,"XKgT_"],"donor":[1,2.66511,"aT_"],"doppler":[2,3.36742,"X5lXO_"],"dose":[7,5.35728,"3EB63ZM_7eUcEM"]});
