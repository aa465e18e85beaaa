marrowSearch.addVocab("il",{"iliac":[5,6.70447,"TOIU2T4ZX3_"],"ilium":[1,6.24406,"YO_"],"ill":[10,3.81354,"2XBT5e3X3VX8P1J4fX8sXO_"]});
