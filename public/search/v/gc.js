marrowSearch.addVocab("gc",{"gcs":[3,3.63089,"XD_AUY3q"]});
