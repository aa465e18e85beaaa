marrowSearch.addVocab("gc",{"gcs":[3,3.6178,"XD_AWY3q"]});
