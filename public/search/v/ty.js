marrowSearch.addVocab("ty",{"type":[3,3.8815,"XU_5yYCn"]});
