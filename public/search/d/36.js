marrowSearch.addDoc(36,{"u":"technique.html#complications","c":"2 Technique","s":"2.10 Complications and how to avoid them","t":""});
