marrowSearch.addVocab("do",{"doctor":[1,4.72653,"4_"],"done":[1,3.32558,"Y8_"],"donor":[1,6.38064,"aA_"],"doppler":[3,7.50906,"X1QAMX7_"],"dose":[5,5.01208,"3aFbH_VrDz"]});
