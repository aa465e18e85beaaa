marrowSearch.addDoc(98,{"u":"glossary.html#extravasation","c":"Glossary","s":"Extravasation","t":"Leakage of an infused fluid or drug out of its intended space into the surrounding tissue."});
