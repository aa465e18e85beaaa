marrowSearch.addVocab("pc",{"pco2":[5,3.53646,"XRm3V2_YQVDm"]});
