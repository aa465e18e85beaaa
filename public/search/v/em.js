marrowSearch.addVocab("em",{"em":[1,2.66511,"a1_"],"embol":[2,3.37697,"XHgY3_"],"emerg":[18,4.16917,"4F39766b7F7JBW4J4a2GGn7_5aRIBS8JDHX4H"]});
