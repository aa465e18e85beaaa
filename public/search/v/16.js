marrowSearch.addVocab("16",{"161":[4,3.28909,"Di6wArX7_"]});
