marrowSearch.addVocab("ye",{"year":[9,4.00623,"I_9Y5b2Q8Y8d5MFP5N"],"yellow":[2,2.96424,"X3_ZLt"],"yet":[3,3.98506,"Y0_3WZJT"]});
