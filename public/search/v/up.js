marrowSearch.addVocab("up",{"upper":[2,5.88901,"YOy5_"]});
