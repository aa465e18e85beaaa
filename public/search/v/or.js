marrowSearch.addVocab("or",{"order":[3,5.67227,"7BXIha8_"],"organ":[2,2.24997,"YP_XAy"],"organis":[3,3.23514,"bH_1c1d"]});
