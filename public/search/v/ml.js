marrowSearch.addVocab("ml",{"ml":[6,4.23058,"DUX5_5p3c7J6Y"]});
