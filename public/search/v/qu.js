marrowSearch.addVocab("qu",{"question":[8,4.24868,"9UIuFu2kBwF_5kAv"],"quick":[10,4.33028,"2D5K6K4d2W3I4XKTX0g8_"],"quot":[2,4.28791,"XC_At"]});
