marrowSearch.addVocab("gl",{"glasgow":[2,3.93517,"XD_YDq"],"glossari":[3,3.22614,"7J5_YB_"],"glucos":[9,4.07483,"XRZ1i1g1N1_4c2_1dYKN"]});
