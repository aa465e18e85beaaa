marrowSearch.addVocab("70",{"70":[1,2.07142,"M_"]});
