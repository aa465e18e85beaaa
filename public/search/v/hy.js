marrowSearch.addVocab("hy",{"hypercoagul":[3,7.38755,"XOe4GYK_"],"hypnot":[5,6.44352,"X3SVU8N1IX9_"]});
