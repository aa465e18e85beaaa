marrowSearch.addVocab("ke",{"keep":[5,4.3531,"IhEWCNKRE_"],"kept":[1,5.05408,"Y9_"],"key":[10,4.96188,"7N2_4ZBsJsCa3U1yCQ3u"]});
