marrowSearch.addVocab("ox",{"oxygen":[4,7.16014,"ZHgUj4j2_"]});
