marrowSearch.addVocab("eu",{"europ":[4,2.58291,"XB_1hLYAk"],"european":[12,4.8177,"2NBL4U1TAI1PDS2RKJ1D2WYT_"]});
