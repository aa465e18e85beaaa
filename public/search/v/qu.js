marrowSearch.addVocab("qu",{"question":[6,5.82271,"9_GPJUGW5VAY"],"quick":[7,2.72014,"2n5jB-2o2P2lXD_"],"quot":[1,4.96739,"X8_"]});
