marrowSearch.addVocab("hy",{"hypercoagul":[3,5.04695,"Y2_4RYTf"],"hypnot":[3,3.95651,"YC_8tXJq"]});
