marrowSearch.addVocab("sw",{"swell":[1,4.09997,"X1_"],"swollen":[1,3.89291,"X7_"]});
