marrowSearch.addVocab("tu",{"tube":[9,3.10669,"X6aAz4X3SFXA_1o4RYGV"],"tuberos":[5,4.45567,"V_1dAMARX2N"]});
