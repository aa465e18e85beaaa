marrowSearch.addVocab("qu",{"question":[6,6.11068,"9_GcJhGi5UAl"],"quick":[7,2.78923,"2o5lBz2p2Q2mXD_"],"quot":[1,5.09824,"X8_"]});
