marrowSearch.addVocab("hu",{"hub":[4,3.91554,"X0l3_7Q6T"],"humerus":[6,6.4102,"TX1S3_8bXDFLR"],"hurt":[7,3.37567,"DSX0t3T6q1SO_6R"]});
