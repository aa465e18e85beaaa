marrowSearch.addVocab("em",{"em":[1,6.57466,"ZE_"],"emerg":[14,4.65043,"4W3K7EBC5F6W2PNk2Q6kX3_6lDeX4g"],"emphasi":[1,1.80425,"Y1_"]});
