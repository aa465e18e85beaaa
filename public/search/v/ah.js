marrowSearch.addVocab("ah",{"aha":[5,3.2751,"2LCB3_4YaTq"]});
