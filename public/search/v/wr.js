marrowSearch.addVocab("wr",{"wright":[1,1.84749,"L_"],"written":[5,3.95807,"4qAN7LXA_1U"]});
