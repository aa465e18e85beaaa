marrowSearch.addVocab("ke",{"keep":[4,4.68793,"IfEVX0QE_"],"kept":[1,5.00006,"Y9_"],"key":[10,4.45221,"7O2_4bBjJlCf3V1rCR3k"]});
