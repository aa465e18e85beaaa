marrowSearch.addDoc(115,{"u":"glossary.html#hypnotic","c":"Glossary","s":"Hypnotic","t":"A drug that produces sleep or, in anaesthesia, unconsciousness."});
