marrowSearch.addVocab("ye",{"year":[9,4.00634,"I_9Y5b2Q8Y8d5MFP5N"],"yellow":[2,2.96441,"X3_ZLt"],"yet":[3,3.98521,"Y0_3WZJT"]});
