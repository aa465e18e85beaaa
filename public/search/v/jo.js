marrowSearch.addVocab("jo",{"job":[1,3.26996,"Y8_"],"journal":[1,2.57183,"N_"]});
