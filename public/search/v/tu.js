marrowSearch.addVocab("tu",{"tube":[3,5.10287,"X9tVbYA_"],"tuberos":[1,3.99147,"S_"]});
