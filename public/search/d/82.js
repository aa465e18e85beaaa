marrowSearch.addDoc(82,{"u":"glossary.html#cortex","c":"Glossary","s":"Cortex","t":"The dense, hard outer layer of a bone, which an IO needle must pass through to reach the marrow cavity."});
