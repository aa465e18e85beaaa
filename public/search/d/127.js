marrowSearch.addDoc(127,{"u":"glossary.html#aliquot","c":"Glossary","s":"Aliquot","t":"A portion of a sample, taken separately for testing."});
