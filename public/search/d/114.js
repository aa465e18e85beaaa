marrowSearch.addDoc(114,{"u":"glossary.html#analgesia","c":"Glossary","s":"Analgesia","t":"Relief of pain, or the drugs and techniques used to relieve it."});
