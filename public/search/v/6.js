marrowSearch.addVocab("6",{"6":[7,3.02922,"U_8n6W6xEZ1g3v"]});
