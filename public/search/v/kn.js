marrowSearch.addVocab("kn",{"knee":[3,6.04714,"U_Y0ODO"],"know":[4,3.69089,"4R1KN_X6W"],"known":[4,3.69089,"NZK_7kOV"]});
