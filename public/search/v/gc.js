marrowSearch.addVocab("gc",{"gcs":[3,3.59908,"XC_AWY3q"]});
