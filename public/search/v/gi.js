marrowSearch.addVocab("gi",{"give":[25,2.54464,0],"given":[21,3.86853,"2B1D7C6Y1X4H1F1K6U7X1L1d3F4P9GL_EKCJRKCJXHL"]});
