marrowSearch.addVocab("6",{"6":[7,3.06308,"U_8n6S6xEZ1g3v"]});
