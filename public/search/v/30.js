marrowSearch.addVocab("30",{"30":[5,4.01181,"Mq4h1OX0_9q"]});
