marrowSearch.addVocab("2",{"2":[19,3.41389,"7A1H3GCf1N3I4S5T1O1P7_3K1j1Z4a6e2L5i8K"]});
