marrowSearch.addVocab("ob",{"object":[6,5.21113,"5r4_8tArJsGs"],"observ":[6,5.77837,"EF8M3DaE_2i3j"],"obtain":[15,2.94059,"2Z2nE_2Z1K1W2Y1fHgDs3O9l2i2a3Z"]});
