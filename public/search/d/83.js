marrowSearch.addDoc(83,{"u":"glossary.html#distal-femur","c":"Glossary","s":"Distal femur","t":"The lower end of the thigh bone (femur), just above the knee."});
