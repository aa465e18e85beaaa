marrowSearch.addVocab("tu",{"tube":[9,3.11621,"X6aAz4X3RFVA_1o4QYGV"],"tuberos":[5,4.46875,"V_1dALASX2N"]});
