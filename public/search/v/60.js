marrowSearch.addVocab("60",{"60":[5,2.36218,"Ed6_2V3W5g"]});
