marrowSearch.addVocab("pc",{"pco2":[5,5.8008,"XHY3G2XYHkD_"]});
