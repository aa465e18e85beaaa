marrowSearch.addVocab("nu",{"number":[7,4.51391,"8g2e1d2RYA_Y6xH_"],"nurs":[1,4.56845,"4_"]});
