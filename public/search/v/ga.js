marrowSearch.addVocab("ga",{"gas":[8,5.02298,"XJY3z4I2HY7o4_Ap7h"],"gase":[3,5.36293,"XEe8_4Z"],"gather":[4,3.46548,"8_OgVp2P"],"gaug":[3,7.45551,"EEHmXO_"],"gave":[4,3.80788,"Da8OX2_Gf"]});
