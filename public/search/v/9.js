marrowSearch.addVocab("9",{"9":[6,3.16684,"DzH_8n6WLg9i"]});
