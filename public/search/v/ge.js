marrowSearch.addVocab("ge",{"general":[4,4.52288,"IhXGiAzX9_"],"german":[7,3.73518,"DW1M5_9S2eBzRk"],"get":[2,4.4634,"X6jX3_"]});
