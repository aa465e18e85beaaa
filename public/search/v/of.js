marrowSearch.addVocab("of",{"offer":[3,4.22755,"3mS_XCW"],"often":[15,4.07937,"ES8O2P1E3L6V4_2e3d1TCk4JSnY0fLm"]});
