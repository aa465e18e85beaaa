marrowSearch.addVocab("8",{"8":[6,2.09073,"D_9_3cJkKs1e"]});
