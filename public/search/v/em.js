marrowSearch.addVocab("em",{"em":[1,2.66908,"a1_"],"embol":[2,3.37869,"XHhY3_"],"emerg":[18,4.17391,"4F39766b7E7JBW4J4a2FGn7_5aRIBS8JDHX4H"]});
