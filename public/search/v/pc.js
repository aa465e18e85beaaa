marrowSearch.addVocab("pc",{"pco2":[5,6.40094,"XHU3G2VYHeD_"]});
