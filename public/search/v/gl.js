marrowSearch.addVocab("gl",{"glasgow":[2,3.9208,"XD_YDq"],"glossari":[3,3.22509,"7J5_YB_"],"glucos":[9,4.06543,"XRZ1i1g1N1_4c2_1eYKN"]});
