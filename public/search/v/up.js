marrowSearch.addVocab("up",{"upper":[2,6.12909,"YOx5_"]});
