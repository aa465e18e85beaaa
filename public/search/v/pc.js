marrowSearch.addVocab("pc",{"pco2":[5,3.51931,"XQm3V2_YQVDm"]});
