marrowSearch.addDoc(5,{"u":"index.html#how-to-use","c":"Introduction","s":"How to use the course","t":""});
