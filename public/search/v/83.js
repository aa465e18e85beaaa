marrowSearch.addVocab("83",{"83":[1,2.64164,"X2_"]});
