marrowSearch.addVocab("ty",{"type":[4,6.85493,"XLa7HBOXM_"]});
