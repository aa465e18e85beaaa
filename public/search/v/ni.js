marrowSearch.addVocab("ni",{"nitrogen":[2,4.09636,"XS_ZJp"]});
