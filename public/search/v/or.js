marrowSearch.addVocab("or",{"order":[3,5.67218,"7BXIha8_"],"organ":[2,2.24992,"YP_XAy"],"organis":[3,3.23513,"bH_1c1d"]});
