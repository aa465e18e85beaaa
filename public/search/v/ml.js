marrowSearch.addVocab("ml",{"ml":[6,4.20058,"DTX5_5p3c7J6Y"]});
