marrowSearch.addVocab("jo",{"job":[1,3.32558,"Y8_"],"journal":[1,2.77247,"N_"]});
