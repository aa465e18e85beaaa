marrowSearch.addVocab("av",{"avail":[1,4.47805,"Y3_"],"averag":[1,2.39273,"bS_"],"avoid":[4,3.03706,"NhIXP_JZ"]});
