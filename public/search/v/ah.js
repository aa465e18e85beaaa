marrowSearch.addVocab("ah",{"aha":[5,3.25806,"2LCB3_4XaSq"]});
