marrowSearch.addVocab("ye",{"year":[9,4.01582,"I_9W5b2Q8X8d5LFO5N"],"yellow":[3,2.74786,"X3_7cZEt"],"yet":[3,3.99797,"Y0_3WZJT"]});
