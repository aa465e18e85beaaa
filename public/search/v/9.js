marrowSearch.addVocab("9",{"9":[6,3.3465,"DzH_8m6TLh9j"]});
