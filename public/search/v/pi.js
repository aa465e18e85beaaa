marrowSearch.addVocab("pi",{"pictur":[1,2.61037,"Y6_"],"picu":[3,3.03752,"J_3aZA_"],"pig":[4,4.73093,"EDXK_2k2R"],"pink":[1,3.31221,"X3_"]});
