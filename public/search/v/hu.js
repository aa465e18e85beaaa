marrowSearch.addVocab("hu",{"hub":[4,3.91537,"X0l3_7Q6T"],"humerus":[6,6.41013,"TX1S3_8bXDFLR"],"hurt":[7,3.37555,"DSX0t3T6q1SO_6R"]});
