marrowSearch.addDoc(120,{"u":"glossary.html#perioperative","c":"Glossary","s":"Perioperative","t":"The period around a surgical operation: before, during and after it."});
