marrowSearch.addVocab("sw",{"swell":[14,3.0022,"DQO-1_3f1n2s3i1_4U2l1OQj4d1r"]});
