marrowSearch.addVocab("mu",{"much":[4,3.60501,"EA7W1lI_"],"muscl":[6,2.75193,"XF_Y2p7lItBd7i"],"muscular":[1,2.08003,"XA_"]});
