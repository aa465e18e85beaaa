marrowSearch.addVocab("op",{"open":[3,5.14887,"3e6_5K"],"oper":[7,4.83604,"5Y6bXIf1Z1xAhXG_"],"opioid":[5,6.60248,"X3SVT8N1HXD_"],"option":[1,4.11001,"XU_"]});
