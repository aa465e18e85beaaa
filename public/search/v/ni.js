marrowSearch.addVocab("ni",{"nitrogen":[2,7.51383,"XIWZA_"]});
