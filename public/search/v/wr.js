marrowSearch.addVocab("wr",{"wright":[1,1.85114,"L_"],"written":[5,3.99224,"4qAN7LXA_1U"]});
