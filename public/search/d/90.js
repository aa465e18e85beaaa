marrowSearch.addDoc(90,{"u":"glossary.html#manual-needle","c":"Glossary","s":"Manual IO needle","t":"An IO needle with a handle, driven into the bone by hand with a twisting, pushing movement."});
