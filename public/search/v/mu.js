marrowSearch.addVocab("mu",{"much":[4,3.61713,"EA7W1lI_"],"muscl":[6,2.76304,"XF_Y2o7lItBd7i"],"muscular":[1,2.00452,"XA_"]});
