marrowSearch.addDoc(107,{"u":"glossary.html#ohca","c":"Glossary","s":"Out-of-hospital cardiac arrest (OHCA)","t":"A cardiac arrest that occurs outside hospital."});
