marrowSearch.addVocab("wr",{"wright":[1,2.0088,"L_"],"written":[5,3.99847,"4sAP7NXA_1U"]});
