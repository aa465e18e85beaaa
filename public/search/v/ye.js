marrowSearch.addVocab("ye",{"year":[3,4.63894,"J_6JJQ"],"yellow":[1,7.08605,"a5_"],"yes":[1,2.1908,"XS_"],"yet":[4,4.09081,"XMn4Q2QZ7_"]});
