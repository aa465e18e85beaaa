marrowSearch.addDoc(123,{"u":"glossary.html#laboratory-terms","c":"Glossary","s":"Laboratory terms","t":""});
