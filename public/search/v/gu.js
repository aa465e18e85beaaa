marrowSearch.addVocab("gu",{"guid":[1,3.67856,"XV_"],"guidanc":[5,4.08327,"1_DMMpUk4k"],"guidelin":[18,4.255,"2YBK1E3g1S2M1Y1C2X1dASTI5S5NYK_1g1h1r"]});
