marrowSearch.addVocab("ey",{"eye":[1,2.26916,"ZP_"]});
