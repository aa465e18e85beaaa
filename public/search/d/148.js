marrowSearch.addDoc(148,{"u":"glossary.html#po2","c":"Glossary","s":"Partial pressure of oxygen (PO2)","t":"The pressure exerted by oxygen dissolved in blood."});
