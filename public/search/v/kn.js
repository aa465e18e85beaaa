marrowSearch.addVocab("kn",{"knee":[3,5.64368,"SlXO_9_"],"know":[4,4.20869,"4r1kXK_Fc"],"known":[3,3.05905,"PSX6_2V"]});
