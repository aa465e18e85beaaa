marrowSearch.addVocab("es",{"especi":[2,3.58259,"Om3_"],"estim":[1,5.91423,"b9_"]});
