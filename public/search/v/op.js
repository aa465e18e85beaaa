marrowSearch.addVocab("op",{"open":[3,4.9399,"3f6_5N"],"oper":[7,5.32545,"5V6YXIZ1X1_AeXGu"],"opioid":[5,6.97157,"X3RVR8M1HXD_"],"option":[1,4.2144,"XU_"]});
