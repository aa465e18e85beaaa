marrowSearch.addVocab("us",{"use":[56,2.24148,0],"user":[9,2.88932,"AM4ANy3_1n1S6p1YX5U"],"usual":[10,1.98679,"3XLp7-4_XPj5p6n3k4kDr"]});
