marrowSearch.addDoc(150,{"u":"glossary.html#platelets","c":"Glossary","s":"Platelets","t":"Small cell fragments in the blood that start clot formation."});
