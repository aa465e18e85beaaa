marrowSearch.addDoc(173,{"u":"bibliography.html","c":"References","t":"Every work cited in this course, numbered in order of first citation."});
