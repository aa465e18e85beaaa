marrowSearch.addVocab("3",{"3":[13,3.42959,"7V6vGZ1c6_8a8M6O6f1J3g2x1Y"]});
