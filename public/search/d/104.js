marrowSearch.addDoc(104,{"u":"glossary.html#neonate","c":"Glossary","s":"Neonate","t":"A newborn baby, usually defined as a baby in the first 28 days after birth."});
