marrowSearch.addVocab("of",{"offer":[1,1.74383,"3_"],"often":[19,3.11262,"EC8X6_9R3Z1K6M1-1cGw4P1k4MAK1LEP4OY3LLO"]});
