marrowSearch.addVocab("2",{"2":[18,3.00276,"7S1j3g2-CH3O4U4_2Z6c6g2K3n3a7U2h3x1W"]});
