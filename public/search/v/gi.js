marrowSearch.addVocab("gi",{"give":[26,2.5099,0],"given":[21,3.88248,"2B1D7C6Y1X4H1F2K6U7X1L1d3F4P9GL_EKCJRKCJXHL"]});
