marrowSearch.addVocab("gl",{"glasgow":[2,3.92097,"XD_YDq"],"glossari":[3,3.2251,"7J5_YB_"],"glucos":[9,4.06554,"XRZ1i1g1N1_4c2_1eYKN"]});
