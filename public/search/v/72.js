marrowSearch.addVocab("72",{"72":[4,3.37824,"DfTt2UN_"]});
