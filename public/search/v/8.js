marrowSearch.addVocab("8",{"8":[6,1.98931,"D_9z3bJjKv1e"]});
