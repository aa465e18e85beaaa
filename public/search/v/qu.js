marrowSearch.addVocab("qu",{"question":[8,4.24881,"9UIuFu2kBwF_5kAv"],"quick":[10,4.3304,"2D5K6K4d2W3I4XKTX0g8_"],"quot":[2,4.28808,"XC_At"]});
