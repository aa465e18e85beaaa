marrowSearch.addVocab("gr",{"graviti":[5,4.11484,"X2_5i4a1fSb"],"great":[1,2.14942,"E_"],"groin":[1,5.64041,"YH_"],"group":[15,4.39143,"TQHV7_5T1U1HBP5sVoIfX7p3k1f1g1g"]});
