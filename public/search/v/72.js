marrowSearch.addVocab("72",{"72":[2,3.28692,"XIy4_"]});
