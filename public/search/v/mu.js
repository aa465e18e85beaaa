marrowSearch.addVocab("mu",{"much":[4,4.03614,"F_6M1YX6R"],"muscl":[5,6.20827,"Z1v6sG_Bj7n"]});
