marrowSearch.addVocab("70",{"70":[3,2.48377,"D_9_3c"]});
