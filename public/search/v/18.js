marrowSearch.addVocab("18",{"18":[2,3.53241,"J_Bb"]});
