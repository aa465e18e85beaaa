marrowSearch.addVocab("7",{"7":[7,2.5566,"Dk6_2U1l3R5ZEc"]});
