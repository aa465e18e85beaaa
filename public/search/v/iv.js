marrowSearch.addVocab("iv",{"iv":[22,3.78215,"2Z5L6W3d1h1T2Z1j1e2l1e5FEHHk1T1Q1p1M4g5ZG_X1e"]});
