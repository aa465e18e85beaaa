marrowSearch.addVocab("ga",{"gas":[8,5.03956,"XJY3z4I2IY7o4_Ap7h"],"gase":[3,5.39764,"XEe8_4a"],"gather":[4,3.49829,"8_OeVq2P"],"gaug":[3,7.46496,"EEHmXO_"],"gave":[4,3.83937,"Da8NX2_Gg"]});
