marrowSearch.addVocab("hi",{"high":[7,3.1215,"EA5n3S2zCc5SR_"],"higher":[5,4.51496,"XS_1o8RSTON"],"hip":[1,2.60556,"Z3_"],"hit":[1,2.06493,"Q_"]});
