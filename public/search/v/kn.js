marrowSearch.addVocab("kn",{"knee":[3,5.62563,"SkXO_9_"],"know":[4,4.17954,"4q1jXK_Fh"],"known":[3,3.02367,"PTX6_2V"]});
