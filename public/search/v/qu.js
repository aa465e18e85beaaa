marrowSearch.addVocab("qu",{"question":[6,5.80347,"9_GPJXGV5UAY"],"quick":[8,3.32713,"2c5ZBm2d2K2bA_X3n"],"quot":[1,4.92632,"X8_"]});
