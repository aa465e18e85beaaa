marrowSearch.addVocab("pi",{"pictur":[1,2.47882,"Y6_"],"picu":[3,3.05069,"J_3aZA_"],"pig":[4,4.74046,"EEXK_2k2Q"],"pink":[1,3.32774,"X3_"]});
