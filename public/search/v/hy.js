marrowSearch.addVocab("hy",{"hypercoagul":[3,7.38135,"XOe4FYK_"],"hypnot":[5,6.43624,"X3SVT8N1IX9_"]});
