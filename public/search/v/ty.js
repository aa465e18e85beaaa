marrowSearch.addVocab("ty",{"type":[3,3.91319,"XV_5yYCn"]});
