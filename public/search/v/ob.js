marrowSearch.addVocab("ob",{"object":[6,5.80768,"5x4_8zAyJzGz"],"observ":[6,6.38077,"EF8L3CaE_2e3e"],"obtain":[15,2.98399,"2a2pE_2b1M1W2Z1hHgDq3Q9k2j2b3b"]});
