marrowSearch.addDoc(47,{"u":"sampling.html#agreement","c":"3 Blood sampling","s":"3.3 Values that agree and values that do not","t":""});
