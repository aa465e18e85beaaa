marrowSearch.addVocab("hi",{"high":[7,3.13758,"EA5n3S3zCc5SR_"],"higher":[5,4.53402,"XT_1p8RSTON"],"hip":[1,2.61277,"Z4_"],"hit":[1,2.07988,"R_"]});
