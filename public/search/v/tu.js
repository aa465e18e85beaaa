marrowSearch.addVocab("tu",{"tube":[9,3.1068,"X6aAz4X3SFXA_1o4RYGV"],"tuberos":[5,4.45583,"V_1dAMARX2N"]});
