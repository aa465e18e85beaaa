marrowSearch.addVocab("op",{"open":[3,5.11416,"3e6_5K"],"oper":[7,4.8263,"5Y6aXIe1Z1xAhXG_"],"opioid":[5,6.59412,"X3RVT8M1HXD_"],"option":[1,4.06669,"XU_"]});
