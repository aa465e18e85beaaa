marrowSearch.addVocab("do",{"doctor":[1,4.56845,"4_"],"done":[1,3.26996,"Y8_"],"donor":[1,6.60047,"aA_"],"doppler":[3,6.85783,"X1SANX7_"],"dose":[5,4.9329,"3bFbH_VtD-"]});
