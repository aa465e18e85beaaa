marrowSearch.addVocab("or",{"order":[3,5.67951,"7BXIha8_"],"organ":[2,2.25407,"YP_XAy"],"organis":[3,3.23588,"bH_1c1d"]});
