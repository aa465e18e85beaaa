marrowSearch.addVocab("ye",{"year":[9,3.98929,"I_8Y5b2Q8Y8d5MFP5N"],"yellow":[2,2.94618,"X2_ZLt"],"yet":[3,3.96639,"XV_3WZJU"]});
