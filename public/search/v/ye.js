marrowSearch.addVocab("ye",{"year":[3,4.67678,"J_6IJN"],"yellow":[1,7.10423,"a5_"],"yes":[1,2.22529,"XS_"],"yet":[4,4.12061,"XMo4R2QZ7_"]});
