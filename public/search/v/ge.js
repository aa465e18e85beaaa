marrowSearch.addVocab("ge",{"general":[4,4.54902,"IhXGiAzX9_"],"german":[7,3.76565,"DW1M5_9S2eBzRk"],"get":[2,4.49972,"X6jX3_"]});
