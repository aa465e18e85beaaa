marrowSearch.addVocab("iv",{"iv":[22,4.03362,"2Y5L6V3a1f1R2Z1i1d2j1d5GEFHg1S1P1r1M4e5ZG_X1c"]});
