marrowSearch.addVocab("pi",{"pictur":[1,2.61054,"Y6_"],"picu":[3,3.03767,"J_3aZA_"],"pig":[4,4.73105,"EDXK_2k2R"],"pink":[1,3.3124,"X3_"]});
