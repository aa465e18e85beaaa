marrowSearch.addVocab("2",{"2":[19,3.42067,"7A1H3GCg1N3H4T5T1P1P7_3K1j1Z4a6e2L5i8K"]});
