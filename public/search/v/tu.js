marrowSearch.addVocab("tu",{"tube":[3,5.12789,"X9uVXYA_"],"tuberos":[1,4.03977,"S_"]});
