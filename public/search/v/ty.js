marrowSearch.addVocab("ty",{"type":[3,3.90018,"XV_5yYCn"]});
