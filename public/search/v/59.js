marrowSearch.addVocab("59",{"59":[1,3.76231,"V_"]});
