marrowSearch.addDoc(99,{"u":"glossary.html#osteomyelitis","c":"Glossary","s":"Osteomyelitis","t":"Infection of bone, including its marrow."});
