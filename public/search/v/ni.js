marrowSearch.addVocab("ni",{"nitrogen":[2,8.01155,"XIUZA_"]});
