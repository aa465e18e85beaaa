marrowSearch.addVocab("hu",{"hub":[4,3.92937,"X0l3_7g6T"],"humerus":[6,6.41581,"TX1S3_8bXDFLR"],"hurt":[7,3.38578,"DSX0t3T6q1QO_6Q"]});
