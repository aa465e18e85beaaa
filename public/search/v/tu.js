marrowSearch.addVocab("tu",{"tube":[9,3.09137,"X5aAz4X3SFXA_1o4RYGV"],"tuberos":[5,4.43548,"U_1dALARX2N"]});
