marrowSearch.addVocab("pc",{"pco2":[5,3.53659,"XRm3V2_YQVDm"]});
