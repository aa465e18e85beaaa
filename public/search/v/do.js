marrowSearch.addVocab("do",{"doctor":[1,4.52585,"4_"],"done":[1,3.67856,"Y8_"],"donor":[1,6.57466,"aA_"],"doppler":[3,6.84182,"X1VAPX7_"],"dose":[5,4.90229,"3bFbH_VtD_"]});
