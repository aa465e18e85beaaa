marrowSearch.addVocab("9",{"9":[6,3.20223,"DzH_8n6SLg9j"]});
