marrowSearch.addDoc(157,{"u":"glossary.html#organisation-terms","c":"Glossary","s":"Guidelines and organisations","t":""});
