marrowSearch.addVocab("on",{"oncolog":[3,4.35789,"XFq6_7Q"],"one":[24,2.44321,0],"onset":[5,3.0244,"2n1yFzHyV_"]});
