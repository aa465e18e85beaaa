marrowSearch.addVocab("hy",{"hypercoagul":[3,5.02964,"Y1_4RYTf"],"hypnot":[3,3.93768,"YB_8tXJq"]});
