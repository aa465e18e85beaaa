marrowSearch.addVocab("sm",{"small":[10,4.1421,"EU6T2F2R1FX1XSv9wXO_1n"],"smaller":[2,4.49972,"X6jX3_"],"smallest":[1,6.53319,"Y4_"]});
