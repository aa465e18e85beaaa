marrowSearch.addVocab("hi",{"high":[7,3.1377,"EA5n3S3zCc5SR_"],"higher":[5,4.53416,"XT_1p8RSTON"],"hip":[1,2.61282,"Z4_"],"hit":[1,2.08003,"R_"]});
