marrowSearch.addVocab("ur",{"urea":[5,6.78459,"XHT1T2E7RZ1_"],"urgent":[1,6.44776,"Z8_"]});
