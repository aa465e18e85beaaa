marrowSearch.addVocab("do",{"doctor":[2,1.89597,"4yXJ_"],"done":[2,3.58273,"XKgT_"],"donor":[1,2.66908,"aT_"],"doppler":[2,3.3692,"X5lXO_"],"dose":[7,5.36468,"3EB63ZM_7eUcEM"]});
