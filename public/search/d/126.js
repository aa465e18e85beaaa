marrowSearch.addDoc(126,{"u":"glossary.html#alt","c":"Glossary","s":"Alanine aminotransferase (ALT)","t":"An enzyme found mainly in the liver, measured in the blood as a marker of liver injury."});
