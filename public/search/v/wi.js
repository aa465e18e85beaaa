marrowSearch.addVocab("wi",{"wide":[5,3.22705,"A_4V9dSw1q"],"within":[9,3.7423,"LZ4J5dXEx4u9-1_7-XNr"],"without":[8,3.96833,"EMAo1I8cX4h9yYMr3_"]});
