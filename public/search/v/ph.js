marrowSearch.addVocab("ph",{"ph":[7,5.90683,"XHU2U1F2U5TYCfF_"],"phosphatas":[1,8.23578,"a1_"],"phrase":[1,4.24637,"H_"]});
