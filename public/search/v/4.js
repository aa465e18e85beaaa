marrowSearch.addVocab("4",{"4":[9,3.20587,"7EGbFZ4P7_Aj3T5mIQ"]});
