marrowSearch.addVocab("ye",{"year":[3,4.72107,"J_6KJO"],"yellow":[1,6.99241,"a5_"],"yes":[1,2.36746,"XS_"],"yet":[4,4.10056,"XMp4T2SZ7_"]});
