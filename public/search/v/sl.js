marrowSearch.addVocab("sl",{"sleep":[1,2.92918,"a7_"],"slight":[3,5.10933,"VXU_1p"],"slough":[1,2.54075,"XH_"],"slow":[4,3.60501,"X6z2_8V7U"],"slowli":[1,2.85718,"X6_"]});
