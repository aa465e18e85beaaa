marrowSearch.addVocab("hi",{"high":[7,3.14815,"EA5n3S3zCc5RR_"],"higher":[5,4.54591,"XT_1p8PSTON"],"hip":[1,2.61699,"Z4_"],"hit":[1,1.92399,"R_"]});
