marrowSearch.addVocab("ei",{"either":[4,3.54304,"ObAb8SI_"]});
