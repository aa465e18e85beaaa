marrowSearch.addVocab("sm",{"small":[10,4.13041,"EU6T2F2S1FX1XSv9wXO_1n"],"smaller":[2,4.4634,"X6jX3_"],"smallest":[1,6.49067,"Y4_"]});
