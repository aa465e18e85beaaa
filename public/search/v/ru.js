marrowSearch.addVocab("ru",{"rule":[1,4.09997,"X1_"],"run":[12,3.87057,"KT1HCb1_5p4U1Y7cIb3XEvXSu"]});
