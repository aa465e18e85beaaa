marrowSearch.addVocab("gu",{"guid":[1,3.7216,"XV_"],"guidanc":[5,4.10975,"1_DMMpUk4k"],"guidelin":[18,4.25826,"2YBK1E3g1S2N1Y1B2X1dASTI5T5NYK_1g1h1s"]});
