marrowSearch.addDoc(95,{"u":"glossary.html#complication-terms","c":"Glossary","s":"Complications","t":""});
