marrowSearch.addVocab("nu",{"number":[7,4.49892,"8g2e1d2QYA_Y6xH_"],"nurs":[1,4.52585,"4_"]});
