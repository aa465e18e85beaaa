marrowSearch.addVocab("so",{"sodium":[5,5.0233,"XHc1d1b1KYO_"],"soft":[1,5.48143,"YG_"],"soon":[3,4.38207,"G_BnFk"],"sourc":[20,3.37778,"3m4Q3b1a3c9_1R1Q1j2a1s2h1P4c2V2h3RLZ1a5Z"]});
