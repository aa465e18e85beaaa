marrowSearch.addVocab("ey",{"eye":[1,2.27742,"ZQ_"]});
