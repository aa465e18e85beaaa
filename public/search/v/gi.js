marrowSearch.addVocab("gi",{"give":[26,2.51652,0],"given":[21,3.88697,"2B1D7C6Z1X4H1F2K6U7X1L1d3F4P9GL_EKCJRKCJXHL"]});
