marrowSearch.addVocab("sw",{"swell":[14,2.97529,"DQN-1_3f1o2s3i1_4U2l1PQj4e1r"]});
