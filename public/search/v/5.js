marrowSearch.addVocab("5",{"5":[13,3.10676,"Ip3Q8k2-6o7m1b2r2jHR7_1g2k"]});
