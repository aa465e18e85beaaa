marrowSearch.addDoc(161,{"u":"glossary.html#study-terms","c":"Glossary","s":"Study design and statistics","t":""});
