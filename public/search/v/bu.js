marrowSearch.addVocab("bu",{"buffer":[1,5.62197,"a4_"],"bump":[1,2.50268,"S_"],"bun":[3,6.93753,"XIW2FZ8_"],"burn":[2,2.29579,"N_2f"]});
