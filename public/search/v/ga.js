marrowSearch.addVocab("ga",{"gas":[8,5.664,"XJT3t4H2HY7h4_Ai7b"],"gase":[3,6.69177,"XEX8_4U"],"gather":[4,3.54922,"8_OfVp2R"],"gaug":[3,7.88227,"EEHjXO_"],"gave":[4,3.69536,"Dd8QX2_Gj"]});
