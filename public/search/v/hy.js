marrowSearch.addVocab("hy",{"hypercoagul":[3,5.05698,"Y2_4QYTf"],"hypnot":[3,3.96931,"YC_8tXJp"]});
