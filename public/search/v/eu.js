marrowSearch.addVocab("eu",{"europ":[4,2.33609,"XB_1hLcAq"],"european":[12,4.82788,"2NBL4V1TAI1QDS2PKJ1D2WYT_"]});
