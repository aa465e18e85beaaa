marrowSearch.addVocab("ki",{"kidney":[2,7.22549,"a9_Jf"],"kind":[1,4.57139,"E_"]});
