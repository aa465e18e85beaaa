marrowSearch.addDoc(139,{"u":"glossary.html#electrolytes","c":"Glossary","s":"Electrolytes","t":"Salts dissolved in the blood, such as sodium, potassium, chloride and calcium."});
