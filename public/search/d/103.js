marrowSearch.addDoc(103,{"u":"glossary.html#ed","c":"Glossary","s":"Emergency department (ED)","t":"The hospital department that receives and treats patients with urgent and emergency conditions."});
