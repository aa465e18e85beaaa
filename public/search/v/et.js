marrowSearch.addVocab("et",{"et":[4,4.67671,"Le1lB_F-"]});
