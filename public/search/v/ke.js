marrowSearch.addVocab("ke",{"keep":[5,4.45402,"IfETCLKRE_"],"kept":[1,5.04075,"Y9_"],"key":[10,4.47307,"7O2_4cBiJiCg3V1rCR3k"]});
