marrowSearch.addVocab("hi",{"high":[2,3.70848,"XBmG_"],"higher":[5,4.90707,"XJt1h8MBWG_"],"hip":[1,6.24406,"YO_"]});
