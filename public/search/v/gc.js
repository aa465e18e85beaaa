marrowSearch.addVocab("gc",{"gcs":[3,3.61764,"XD_AWY3q"]});
