marrowSearch.addVocab("4",{"4":[9,3.2175,"7EGbFZ4O7_Aj3T5mIQ"]});
