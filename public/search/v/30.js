marrowSearch.addVocab("30",{"30":[5,3.99227,"Mq3h1OX0_9q"]});
