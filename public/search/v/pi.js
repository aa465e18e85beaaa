marrowSearch.addVocab("pi",{"pictur":[1,2.59298,"Y5_"],"picu":[3,3.02375,"J_3aZ9_"],"pig":[4,4.71442,"EDXJ_2k2R"],"pink":[1,3.29244,"X2_"]});
