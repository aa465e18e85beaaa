marrowSearch.addVocab("sl",{"sleep":[1,2.92915,"a7_"],"slight":[3,5.10917,"VXU_1p"],"slough":[1,2.54059,"XH_"],"slow":[4,3.60487,"X6z2_8V7U"],"slowli":[1,2.85701,"X6_"]});
