marrowSearch.addVocab("sl",{"sleep":[1,2.92337,"a6_"],"slight":[3,5.08852,"UXU_1o"],"slough":[1,2.52348,"XG_"],"slow":[4,3.58706,"X5z2_8V7U"],"slowli":[1,2.83867,"X5_"]});
