marrowSearch.addDoc(76,{"u":"glossary.html#access-terms","c":"Glossary","s":"Access, devices and sites","t":""});
