marrowSearch.addVocab("bu",{"buffer":[1,5.58528,"a4_"],"bump":[1,2.46572,"S_"],"bun":[3,6.91875,"XIW2FZ8_"],"burn":[2,2.2623,"N_2g"]});
