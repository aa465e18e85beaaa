marrowSearch.addVocab("em",{"em":[1,2.66516,"a1_"],"embol":[2,3.37699,"XHgY3_"],"emerg":[18,4.16923,"4F39766b7F7JBW4J4a2GGn7_5aRIBS8JDHX4H"]});
