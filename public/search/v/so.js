marrowSearch.addVocab("so",{"sodium":[5,5.07974,"XHc1d1c1IYO_"],"soft":[1,5.81204,"YG_"],"soon":[3,4.51544,"G_BkFi"],"sourc":[21,3.18706,"3o4P3c1b3b9_1R1P1k2Z1t2i1Q1a3e2V2h3TLa1Z5a"]});
