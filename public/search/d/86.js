marrowSearch.addDoc(86,{"u":"glossary.html#gauge","c":"Glossary","s":"Gauge","t":"A measure of the outer diameter of a needle; the higher the gauge number, the thinner the needle."});
