marrowSearch.addVocab("iv",{"iv":[22,3.78941,"2Z5L6W3e1h1T2a1j1d2l1e5GEFHl1T1R1p1M4g5aG_X1f"]});
