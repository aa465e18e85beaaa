marrowSearch.addDoc(100,{"u":"glossary.html#clinical-terms","c":"Glossary","s":"Clinical conditions and settings","t":""});
