marrowSearch.addVocab("ty",{"type":[3,3.90033,"XV_5yYCn"]});
