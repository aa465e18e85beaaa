marrowSearch.addDoc(102,{"u":"glossary.html#convulsion","c":"Glossary","s":"Convulsion","t":"A seizure with involuntary muscle contractions."});
