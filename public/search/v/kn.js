marrowSearch.addVocab("kn",{"knee":[3,6.06868,"V_Y0ODO"],"know":[4,3.70887,"4R1KO_X6W"],"known":[4,3.70887,"OZK_7kOV"]});
