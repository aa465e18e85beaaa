marrowSearch.addDoc(132,{"u":"glossary.html#bilirubin","c":"Glossary","s":"Bilirubin","t":"A yellow breakdown product of haemoglobin, cleared by the liver."});
