marrowSearch.addVocab("ni",{"nitrogen":[2,4.08211,"XS_ZJp"]});
