marrowSearch.addVocab("ni",{"nitrogen":[2,4.08227,"XS_ZJp"]});
