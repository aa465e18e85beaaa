marrowSearch.addVocab("6",{"6":[7,3.20107,"U_8m6T6tEY1h3u"]});
