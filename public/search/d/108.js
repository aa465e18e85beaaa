marrowSearch.addDoc(108,{"u":"glossary.html#picu","c":"Glossary","s":"Paediatric intensive care unit (PICU)","t":"A hospital unit that provides intensive care for critically ill children."});
