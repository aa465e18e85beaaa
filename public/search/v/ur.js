marrowSearch.addVocab("ur",{"urea":[5,6.79479,"XHT1T2E7RZ1_"],"urgent":[1,6.47525,"Z8_"]});
