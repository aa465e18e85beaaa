marrowSearch.addDoc(149,{"u":"glossary.html#ph","c":"Glossary","s":"pH","t":"A measure of how acidic or alkaline the blood is."});
