marrowSearch.addVocab("sw",{"swell":[14,2.99209,"DQO-1_3f1o2s3i1_4U2l1PQj4e1r"]});
