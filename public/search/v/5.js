marrowSearch.addVocab("5",{"5":[13,3.13357,"Ip3Q9k2-6o7m1b2s2jHR7_1g2k"]});
