marrowSearch.addVocab("hu",{"hub":[4,3.89532,"Vl3_7Q6T"],"humerus":[6,6.39438,"SX1S3_8bXDFLR"],"hurt":[7,3.35946,"DSVt3T6q1SO_6R"]});
