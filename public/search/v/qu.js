marrowSearch.addVocab("qu",{"question":[8,4.13756,"9UItFu2lBwF_5mAw"],"quick":[10,4.34044,"2D5K6K4d2W3I4XKTX0g8_"],"quot":[2,4.30194,"XC_At"]});
