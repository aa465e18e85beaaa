marrowSearch.addVocab("et",{"et":[4,4.69823,"Le1lC_F-"]});
