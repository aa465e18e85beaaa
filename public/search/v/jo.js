marrowSearch.addVocab("jo",{"job":[1,3.67856,"Y8_"],"journal":[1,2.53431,"N_"]});
