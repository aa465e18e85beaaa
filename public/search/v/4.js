marrowSearch.addVocab("4",{"4":[8,3.30564,"7EUZ4P7_Aj3T5mIQ"]});
