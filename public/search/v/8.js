marrowSearch.addVocab("8",{"8":[6,1.99781,"D-9_3aJoKu1d"]});
