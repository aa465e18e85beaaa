marrowSearch.addVocab("bu",{"buffer":[1,5.43041,"a4_"],"bump":[1,2.67093,"S_"],"bun":[3,7.37705,"XIU2FZ8_"],"burn":[2,2.4749,"N_2f"]});
