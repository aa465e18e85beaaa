marrowSearch.addVocab("sc",{"scale":[2,4.11911,"8_Ka"],"scalp":[1,6.11321,"YQ_"],"schemat":[2,4.11911,"8_Kw"],"schwindt":[2,3.28717,"Ue8_"],"score":[4,3.52137,"DfN_8UQw"]});
