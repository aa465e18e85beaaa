marrowSearch.addVocab("sa",{"safe":[2,2.2623,"N_2g"],"salin":[9,3.89695,"LIBU2q9XFa8f3e6OB_"],"salt":[1,6.98724,"aC_"],"sampl":[25,3.52504,0],"say":[8,3.3446,"Aq4O3o5K3K1_X2Q5m"]});
