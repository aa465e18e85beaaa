marrowSearch.addVocab("ni",{"nitrogen":[2,7.53422,"XIWZA_"]});
