marrowSearch.addVocab("kn",{"knee":[3,6.08143,"V_Y0ODO"],"know":[4,3.72086,"4R1KO_X6W"],"known":[4,3.72086,"OZK_7kOV"]});
