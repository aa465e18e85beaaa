marrowSearch.addVocab("83",{"83":[1,2.64147,"X2_"]});
