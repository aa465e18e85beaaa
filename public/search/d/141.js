marrowSearch.addDoc(141,{"u":"glossary.html#haematocrit","c":"Glossary","s":"Haematocrit","t":"The proportion of the blood's volume taken up by red cells."});
