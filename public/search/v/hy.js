marrowSearch.addVocab("hy",{"hypercoagul":[3,5.04683,"Y2_4RYTf"],"hypnot":[3,3.95636,"YC_8tXJq"]});
