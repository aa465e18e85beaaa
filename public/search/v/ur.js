marrowSearch.addVocab("ur",{"urea":[5,7.02659,"XHR1S2E7RZ1_"],"urgent":[1,6.11321,"Z8_"]});
