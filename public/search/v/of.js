marrowSearch.addVocab("of",{"offer":[3,4.22658,"3mS_XCV"],"often":[15,3.45287,"EV8Q2S1F3N6Z4_2k3i1WCr4LSyY0pLw"]});
