marrowSearch.addVocab("kn",{"knee":[3,6.06853,"V_Y0ODO"],"know":[4,3.70872,"4R1KO_X6W"],"known":[4,3.70872,"OZK_7kOV"]});
