marrowSearch.addVocab("70",{"70":[3,2.37337,"D-9_3a"]});
