marrowSearch.addVocab("sl",{"sleep":[1,2.93166,"a7_"],"slight":[3,5.12256,"VXU_1p"],"slough":[1,2.55438,"XH_"],"slow":[4,3.61713,"X6z2_8V7T"],"slowli":[1,2.87165,"X6_"]});
