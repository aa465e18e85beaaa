marrowSearch.addVocab("or",{"order":[3,5.65716,"7BXHha8_"],"organ":[2,2.24287,"YO_XAy"],"organis":[3,3.23018,"bG_1c1d"]});
