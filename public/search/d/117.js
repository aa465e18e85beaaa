marrowSearch.addDoc(117,{"u":"glossary.html#lidocaine","c":"Glossary","s":"Lidocaine","t":"A local anaesthetic drug (also called lignocaine)."});
