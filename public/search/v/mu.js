marrowSearch.addVocab("mu",{"much":[4,3.60487,"EA7W1lI_"],"muscl":[6,2.7518,"XF_Y2p7lItBd7i"],"muscular":[1,2.07988,"XA_"]});
