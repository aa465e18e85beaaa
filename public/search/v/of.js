marrowSearch.addVocab("of",{"offer":[1,1.75885,"3_"],"often":[20,3.06591,"EC8X5e2_9R3Z1J6M1-1cGw4O1k4MAK1LEP4OY3LLO"]});
