marrowSearch.addVocab("ru",{"rule":[1,3.8024,"X1_"],"run":[10,3.77183,"KY1KDc9W1a7eIg3XE_XSx"]});
