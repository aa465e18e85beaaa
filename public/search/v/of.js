marrowSearch.addVocab("of",{"offer":[1,1.7525,"3_"],"often":[19,3.12715,"EC8X7_9R3Z1K6M1-1cGw4P1k4MAL1LEP4OY3LLO"]});
