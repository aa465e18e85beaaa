marrowSearch.addVocab("ey",{"eye":[1,2.27735,"ZQ_"]});
