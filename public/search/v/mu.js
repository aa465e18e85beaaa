marrowSearch.addVocab("mu",{"much":[4,3.58706,"EA7W1lH_"],"muscl":[6,2.73583,"XE_Y2p7mItBe7i"],"muscular":[1,2.06493,"X9_"]});
