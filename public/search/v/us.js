marrowSearch.addVocab("us",{"use":[57,2.21187,0],"user":[9,2.89903,"AM4ANy3_1n1R6p1YX5U"],"usual":[10,1.99599,"3XLp7-4_XPj5p6n3k4kDr"]});
