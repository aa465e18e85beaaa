marrowSearch.addVocab("up",{"upper":[2,6.10949,"YOx5_"]});
