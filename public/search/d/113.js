marrowSearch.addDoc(113,{"u":"glossary.html#anaesthesia-terms","c":"Glossary","s":"Anaesthesia and analgesia","t":""});
