marrowSearch.addDoc(106,{"u":"glossary.html#osteopetrosis","c":"Glossary","s":"Osteopetrosis","t":"A group of rare inherited disorders in which bone is abnormally dense but brittle."});
