marrowSearch.addVocab("to",{"toddler":[1,4.13379,"Y4_"],"togeth":[2,4.74766,"MYaD_"],"total":[3,7.30439,"XHUZ9-1_"]});
