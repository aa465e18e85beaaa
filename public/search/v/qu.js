marrowSearch.addVocab("qu",{"question":[8,4.22959,"9UHuFu2kBwF_5kAv"],"quick":[10,4.31193,"2D5K6K4d2W3I3XKTX0g8_"],"quot":[2,4.26809,"XB_At"]});
