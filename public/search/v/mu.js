marrowSearch.addVocab("mu",{"much":[4,4.00577,"F_6M1ZX6R"],"muscl":[5,6.19441,"Z1v6sG_Bj7n"]});
