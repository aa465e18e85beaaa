marrowSearch.addDoc(84,{"u":"glossary.html#dwell-time","c":"Glossary","s":"Dwell time","t":"The length of time a needle or catheter stays in place, from insertion to removal."});
