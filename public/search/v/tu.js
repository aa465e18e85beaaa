marrowSearch.addVocab("tu",{"tube":[3,4.87174,"X9xVZYA_"],"tuberos":[1,4.25616,"S_"]});
