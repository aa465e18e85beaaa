marrowSearch.addVocab("18",{"18":[2,3.48692,"J_BZ"]});
