marrowSearch.addVocab("gu",{"guid":[1,3.72948,"XV_"],"guidanc":[5,4.10059,"1_DOMpUj4l"],"guidelin":[18,4.51087,"2YBK1E3e1R2M1Y1C2W1cARTH5S5NYK_1b1c1m"]});
