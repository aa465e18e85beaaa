marrowSearch.addVocab("30",{"30":[3,3.63359,"M_2i1f"]});
