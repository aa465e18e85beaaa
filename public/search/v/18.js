marrowSearch.addVocab("18",{"18":[2,3.44829,"J_BZ"]});
