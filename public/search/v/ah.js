marrowSearch.addVocab("ah",{"aha":[7,5.33067,"2PCG4W3E3O1Da6_"]});
