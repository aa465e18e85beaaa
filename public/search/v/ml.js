marrowSearch.addVocab("ml",{"ml":[6,4.17974,"DVX5_5o3f7K6Z"]});
