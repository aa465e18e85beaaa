marrowSearch.addVocab("40",{"40":[2,4.52684,"X3_7Q"]});
