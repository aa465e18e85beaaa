marrowSearch.addVocab("hy",{"hypercoagul":[3,7.90515,"XOc4GYK_"],"hypnot":[5,6.94601,"X3RVR8N1HX9_"]});
