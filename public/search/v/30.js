marrowSearch.addVocab("30",{"30":[5,4.02458,"Mq4h1MX0_9q"]});
