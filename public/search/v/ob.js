marrowSearch.addVocab("ob",{"object":[6,5.23554,"5r4_8tArJsGs"],"observ":[6,5.79152,"EF8L3DaE_2j3k"],"obtain":[15,2.96368,"2Z2nE_2Z1K1U2X1fHgDs3O9m2i2a3Z"]});
