marrowSearch.addVocab("pc",{"pco2":[5,3.54791,"XRm3V2_YQVDl"]});
