marrowSearch.addVocab("1",{"1":[15,3.82553,"7_1d3a2P8h1P6M2K2PCJEK9a2o2TZ1l"]});
