marrowSearch.addVocab("2",{"2":[18,3.47697,"7A1H3GCN3I4S5T1O1P7_3K1j1Z4a6e2L5i8K"]});
