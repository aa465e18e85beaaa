marrowSearch.addVocab("nu",{"number":[7,4.4672,"8h2f1f2SYA_Y6uH-"],"nurs":[1,4.72653,"4_"]});
