marrowSearch.addVocab("ni",{"nitrogen":[2,4.0623,"XR_ZJp"]});
