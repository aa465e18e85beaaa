marrowSearch.addDoc(92,{"u":"glossary.html#proximal-tibia","c":"Glossary","s":"Proximal tibia","t":"The upper end of the shin bone (tibia), just below the knee."});
