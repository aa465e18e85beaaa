marrowSearch.addVocab("mu",{"much":[4,4.02696,"F_6O1aX6S"],"muscl":[5,6.06282,"Z1w6sG_Bi7o"]});
