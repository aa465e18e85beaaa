marrowSearch.addVocab("us",{"use":[56,2.22962,0],"user":[9,2.87395,"AM4AMy3_1n1S6p1YX5U"],"usual":[10,1.97342,"3XKp7-4_XPj5p6n3l4lDs"]});
