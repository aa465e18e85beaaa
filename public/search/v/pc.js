marrowSearch.addVocab("pc",{"pco2":[5,5.78237,"XHY3G2XYHkD_"]});
